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
 * of end characters ({@code . ! ?}), so comparing with each of them is cheaper and answers the
 * same.
 */
final class SentenceEnds implements EndOfSentenceScanner {

    private final char[] ends;

    SentenceEnds(char[] ends) {
        this.ends = ends.clone();
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
        // String.indexOf, one end character at a time, runs over the text much faster than a
        // loop comparing each character with each end; ends are few, so sorting them is cheap.
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
