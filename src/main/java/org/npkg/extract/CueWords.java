package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.npkg.text.DataTable;
import org.npkg.text.PhraseTrie;
import org.npkg.text.Token;

/**
 * Negation and hedging cues, pseudo-cues and clause boundaries, read from {@code cues.tsv}.
 * {@link #analyse} finds the cues of a sentence and gives each its scope.
 */
public final class CueWords {

    private enum Type { NEGATION, HEDGE, PSEUDO, BOUNDARY }

    private record Entry(Type type, boolean sentenceScope, String phrase) {}

    private final PhraseTrie<Entry> trie;

    private CueWords(PhraseTrie<Entry> trie) {
        this.trie = trie;
    }

    public static CueWords standard() {
        DataTable table = DataTable.load(CueWords.class, "cues.tsv", 3);
        PhraseTrie<Entry> trie = new PhraseTrie<>();
        for (DataTable.Row row : table.rows()) {
            Type type;
            try {
                type = Type.valueOf(row.cell(0));
            } catch (IllegalArgumentException e) {
                throw table.error(row, 1, "unknown cue kind " + row.cell(0));
            }
            String scope = row.cell(2);
            if (!scope.equals("CLAUSE") && !scope.equals("SENTENCE") && !scope.equals("-")) {
                throw table.error(row, row.cell(0).length() + row.cell(1).length() + 3, "unknown scope " + scope);
            }
            if (trie.put(PhraseTrie.key(row.cell(1)), new Entry(type, scope.equals("SENTENCE"), row.cell(1))) != null) {
                throw table.error(row, row.cell(0).length() + 2, "duplicate cue " + row.cell(1));
            }
        }
        return new CueWords(trie);
    }

    /** The cues and clause boundaries of one sentence. */
    public record Analysis(List<Cue> cues, List<Integer> boundaries) {

        /** End of the clause that contains {@code offset}. */
        public int clauseEnd(int offset, int sentenceEnd) {
            for (int k = 0; k < boundaries.size(); k++) { // indexed: asked for every trigger, group and cue
                int boundary = boundaries.get(k);
                if (boundary > offset) {
                    return boundary;
                }
            }
            return sentenceEnd;
        }

        /** Start of the clause that contains {@code offset}. */
        public int clauseStart(int offset) {
            int start = 0;
            for (int k = 0; k < boundaries.size(); k++) {
                int boundary = boundaries.get(k);
                if (boundary <= offset) {
                    start = boundary;
                }
            }
            return start;
        }
    }

    /** How many parentheses are open at {@code offset}: a ";" in "(Li, 2010; Wu, 2012)" ends no clause. */
    private static int depth(List<Token> tokens, int offset) {
        int depth = 0;
        for (Token token : tokens) {
            if (token.start() >= offset) {
                break;
            }
            if (token.is("(") || token.is("[")) {
                depth++;
            } else if ((token.is(")") || token.is("]")) && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** A clause-scoped cue reaches the end of its clause, and not into a parenthesis that opens after it. */
    private static int clauseScopeEnd(Analysis bounds, List<Integer> parentheses, int cueEnd, int sentenceEnd) {
        int end = bounds.clauseEnd(cueEnd, sentenceEnd);
        for (int open : parentheses) {
            if (open >= cueEnd && open < end) {
                return open;
            }
        }
        return end;
    }

    public Analysis analyse(List<Token> tokens, int sentenceEnd) {
        List<PhraseTrie.Match<Entry>> matches = trie.find(tokens);
        List<Integer> boundaries = new ArrayList<>();
        for (Token token : tokens) {
            if (token.is(":") && depth(tokens, token.start()) == 0) {
                boundaries.add(token.start());
            }
        }
        for (PhraseTrie.Match<Entry> match : matches) {
            if (match.value().type() == Type.BOUNDARY && depth(tokens, match.start()) == 0) {
                boundaries.add(match.start());
            }
        }
        boundaries.sort(null);
        Analysis bounds = new Analysis(List.of(), List.copyOf(boundaries));
        List<Integer> parentheses = new ArrayList<>();
        for (Token token : tokens) {
            if (token.is("(")) {
                parentheses.add(token.start());
            }
        }
        List<Cue> cues = new ArrayList<>();
        for (PhraseTrie.Match<Entry> match : matches) {
            Entry entry = match.value();
            if (entry.type() == Type.NEGATION || entry.type() == Type.HEDGE) {
                int scopeEnd = entry.sentenceScope() ? sentenceEnd : clauseScopeEnd(bounds, parentheses, match.end(), sentenceEnd);
                Cue.Kind kind = entry.type() == Type.NEGATION ? Cue.Kind.NEGATION : Cue.Kind.HEDGE;
                cues.add(new Cue(match.start(), match.end(), kind, entry.phrase(), scopeEnd));
            }
        }
        return new Analysis(List.copyOf(cues), bounds.boundaries());
    }
}
