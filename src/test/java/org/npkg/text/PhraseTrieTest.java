package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    @Test
    void longestMatchWinsAndHyphensAreIgnored() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(PhraseTrie.key("gray matter"), "short");
        trie.put(PhraseTrie.key("gray matter volume"), "long");
        String text = "Gray-matter volumes rose; gray matter too.";
        List<PhraseTrie.Match<String>> matches = trie.find(Tokenizer.tokenize(text));
        assertEquals(List.of("long", "short"), matches.stream().map(PhraseTrie.Match::value).toList());
        assertEquals("Gray-matter volumes", text.substring(matches.get(0).start(), matches.get(0).end()));
    }

    @Test
    void putReportsAnExistingOwner() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        assertNull(trie.put(PhraseTrie.key("TrkB"), "a"));
        assertEquals("a", trie.put(PhraseTrie.key("TrkB"), "b"));
        assertEquals(1, trie.size());
    }
}
