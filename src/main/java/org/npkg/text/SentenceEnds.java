package org.npkg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

/**
 * The positions where a sentence may end, as OpenNLP's default scanner finds them: every
 * occurrence of one of the model's end characters. The default scanner boxes each character of
 * a text to look it up in a set, which cost a third of sentence detection; a model has a handful
 * of end characters ({@code . ! ?}), so finding each of them with {@link String#indexOf(int)} is
 * cheaper and answers the same.
 */
final class SentenceEnds implements EndOfSentenceScanner {

    /** The end characters, each once: a position is found once however often the model lists it. */
    private final char[] ends;

    SentenceEnds(char[] ends) {
        StringBuilder distinct = new StringBuilder();
        for (char end : ends) {
            if (distinct.indexOf(String.valueOf(end)) < 0) {
                distinct.append(end);
            }
        }
        this.ends = distinct.toString().toCharArray();
    }

    @Override
    public Set<Character> getEOSCharacters() {
        Set<Character> set = new LinkedHashSet<>();
        for (char c : ends) {
            set.add(c);
        }
        return set;
    }

    @Override
    public List<Integer> getPositions(CharSequence text) {
        // Ends are few: sorting the positions found for each of them is cheap.
        String string = text.toString();
        List<Integer> positions = new ArrayList<>();
        for (char end : ends) {
            for (int i = string.indexOf(end); i >= 0; i = string.indexOf(end, i + 1)) {
                positions.add(i);
            }
        }
        positions.sort(null);
        return positions;
    }

    @Override
    public List<Integer> getPositions(StringBuffer text) {
        return getPositions((CharSequence) text);
    }

    @Override
    public List<Integer> getPositions(char[] text) {
        return getPositions(new String(text));
    }

    /** OpenNLP's factory of sentence tools, giving this scanner in place of the default one. */
    static final class Factory extends opennlp.tools.sentdetect.lang.Factory {

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(String languageCode) {
            return new SentenceEnds(getEOSCharacters(languageCode));
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(char[] eosCharacters) {
            return new SentenceEnds(eosCharacters);
        }
    }
}
