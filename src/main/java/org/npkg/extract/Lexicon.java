package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.npkg.text.PhraseTrie;
import org.npkg.text.Token;

/**
 * The extractor's vocabulary: every label of every domain concept, normalised by the tokenizer
 * into a token sequence and found in text by longest match. Built from the ontology by
 * {@link OntologyLexicon}; curators extend it by adding labels, not code.
 */
public final class Lexicon {

    private final PhraseTrie<Concept> trie;
    private final List<String> conflicts;

    private Lexicon(PhraseTrie<Concept> trie, List<String> conflicts) {
        this.trie = trie;
        this.conflicts = List.copyOf(conflicts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of distinct normalised labels, acronyms' upper-case forms included. */
    public int size() {
        return trie.size();
    }

    /** Labels that normalise alike for two concepts; the first concept keeps the label. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** Mentions in a tokenised sentence: non-overlapping longest matches. */
    public List<Mention> mentions(List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseTrie.Match<Concept> match : trie.find(tokens)) {
            mentions.add(new Mention(match.start(), match.end(), match.value(), match.key()));
        }
        return mentions;
    }

    public static final class Builder {
        private final PhraseTrie<Concept> trie = new PhraseTrie<>();
        private final List<String> conflicts = new ArrayList<>();

        public Builder add(Concept concept, String label) {
            List<String> key = PhraseTrie.key(label);
            if (key.isEmpty()) {
                return this;
            }
            insert(concept, label, key);
            List<String> upper = upperAcronyms(key);
            if (!upper.equals(key)) {
                insert(concept, label, upper);
            }
            return this;
        }

        private void insert(Concept concept, String label, List<String> key) {
            Concept owner = trie.put(key, concept);
            if (owner != null && !owner.iri().equals(concept.iri())) {
                conflicts.add("label \"" + label + "\" of " + concept.iri() + " already belongs to " + owner.iri());
            }
        }

        /** "mTORC1" is also written "MTORC1" in titles: acronyms match in upper case too. */
        private static List<String> upperAcronyms(List<String> key) {
            List<String> upper = new ArrayList<>(key.size());
            for (String part : key) {
                boolean acronym = !part.equals(part.toLowerCase(Locale.ROOT));
                upper.add(acronym ? part.toUpperCase(Locale.ROOT) : part);
            }
            return upper;
        }

        public Lexicon build() {
            return new Lexicon(trie, conflicts);
        }
    }
}
