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

    /**
     * Mentions in a tokenised sentence: non-overlapping longest matches. A bracketed measurement
     * inside a name ("high-frequency (10 Hz) rTMS") is read through, and belongs to the mention.
     */
    public List<Mention> mentions(List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseTrie.Match<Concept> match : trie.find(withoutMeasurements(tokens))) {
            mentions.add(new Mention(match.start(), match.end(), match.value(), match.key()));
        }
        return mentions;
    }

    /** The tokens without bracketed measurements such as "(>5 Hz)" or "(1-20 Hz)". */
    private static List<Token> withoutMeasurements(List<Token> tokens) {
        int bracket = 0;
        while (bracket < tokens.size() && (tokens.get(bracket).word() || !tokens.get(bracket).is("("))) {
            bracket++;
        }
        if (bracket == tokens.size()) {
            return tokens; // most sentences have no brackets: no copy
        }
        List<Token> kept = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int close = tokens.get(i).is("(") ? measurementEnd(tokens, i + 1) : -1;
            if (close > 0 && !kept.isEmpty()) {
                i = close + 1;
            } else {
                kept.add(tokens.get(i++));
            }
        }
        return kept;
    }

    /** Index of the ")" closing a measurement that starts at {@code from}, or -1. */
    private static int measurementEnd(List<Token> tokens, int from) {
        boolean number = false;
        for (int j = from; j < tokens.size() && j < from + 8; j++) {
            Token token = tokens.get(j);
            if (token.is(")")) {
                return number ? j : -1;
            }
            boolean digits = token.word() && allDigits(token.norm());
            number |= digits;
            if (token.word() && !digits && !UNITS.contains(token.norm())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean allDigits(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("hz", "khz", "ms", "ma", "mg", "kg", "mv", "v", "t", "to");

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
