package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.npkg.text.DataTable;
import org.npkg.text.PhraseTrie;
import org.npkg.text.Token;

/** Relation triggers read from {@code triggers.tsv}: the words that say how a subject acts on an object. */
public final class TriggerWords {

    private record Entry(Relation relation, Trigger.Voice voice, String phrase) {}

    private final PhraseTrie<Entry> trie;

    private TriggerWords(PhraseTrie<Entry> trie) {
        this.trie = trie;
    }

    public static TriggerWords standard() {
        DataTable table = DataTable.load(TriggerWords.class, "triggers.tsv", 3);
        PhraseTrie<Entry> trie = new PhraseTrie<>();
        for (DataTable.Row row : table.rows()) {
            int relationColumn = row.cell(0).length() + 2;
            Relation relation;
            Trigger.Voice voice;
            try {
                relation = Relation.byLocalName(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw table.error(row, relationColumn, e.getMessage());
            }
            try {
                voice = Trigger.Voice.valueOf(row.cell(2));
            } catch (IllegalArgumentException e) {
                throw table.error(row, relationColumn + row.cell(1).length() + 1, "passive must be FLIP, KEEP, OF, MEANS or LINK");
            }
            if (trie.put(PhraseTrie.key(row.cell(0)), new Entry(relation, voice, row.cell(0))) != null) {
                throw table.error(row, 1, "duplicate trigger " + row.cell(0));
            }
        }
        return new TriggerWords(trie);
    }

    /**
     * Triggers in a sentence, leaving out any that overlap a concept mention. An adverb inside a
     * phrase ("leading slowly to", "results directly in") does not break it.
     */
    public List<Trigger> find(List<Token> tokens, List<Mention> mentions) {
        List<Trigger> triggers = new ArrayList<>();
        List<Token> words = withoutAdverbs(tokens);
        for (PhraseTrie.Match<Entry> match : trie.find(words)) {
            if (!overlaps(mentions, match.start(), match.end())) {
                Entry entry = match.value();
                triggers.add(new Trigger(match.start(), match.end(), entry.relation(), entry.voice(), entry.phrase()));
            }
        }
        return triggers;
    }

    /** Whether a mention overlaps [start, end): a loop, not a stream, as it is asked for every trigger word. */
    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The tokens without "-ly" words; most sentences have none worth dropping, and are not copied. */
    private static List<Token> withoutAdverbs(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isAdverb(tokens.get(i))) {
                List<Token> words = new ArrayList<>(tokens.subList(0, i));
                for (int k = i + 1; k < tokens.size(); k++) {
                    if (!isAdverb(tokens.get(k))) {
                        words.add(tokens.get(k));
                    }
                }
                return words;
            }
        }
        return tokens;
    }

    private static boolean isAdverb(Token token) {
        return token.word() && token.norm().length() > 4 && token.norm().endsWith("ly");
    }
}
