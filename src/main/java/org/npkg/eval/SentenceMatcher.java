package org.npkg.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries, scored where the gold marks them: a sentence the splitter makes counts
 * when it overlaps a gold sentence, and is right when both have the same core — the span without
 * surrounding whitespace and Markdown markers, on which the two conventions may differ.
 */
final class SentenceMatcher {

    private static final String MARKUP = "*_#>`";

    private final List<Gold.Span> gold;
    private final Set<Gold.Span> matched = new HashSet<>();
    private int truePositives;
    private int falsePositives;

    SentenceMatcher(List<Gold.Span> gold) {
        this.gold = gold;
    }

    void predict(String doc, String text, int start, int end) {
        int[] core = core(text, start, end);
        boolean inScope = false;
        for (Gold.Span sentence : gold) {
            if (!sentence.doc().equals(doc) || sentence.end() <= start || sentence.start() >= end) {
                continue;
            }
            inScope = true;
            int[] goldCore = core(text, sentence.start(), sentence.end());
            if (goldCore[0] == core[0] && goldCore[1] == core[1] && matched.add(sentence)) {
                truePositives++;
                return;
            }
        }
        if (inScope) {
            falsePositives++;
        }
    }

    Score score() {
        return new Score(truePositives, falsePositives, gold.size() - matched.size());
    }

    private static int[] core(String text, int start, int end) {
        int s = start;
        int e = Math.min(end, text.length());
        while (s < e && (Character.isWhitespace(text.charAt(s)) || MARKUP.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || MARKUP.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[] {s, e};
    }
}
