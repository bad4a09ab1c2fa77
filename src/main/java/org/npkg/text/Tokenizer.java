package org.npkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Splits text into tokens and normalises them the same way for the lexicon and for text, so that
 * a label matches its spelling variants:
 * <ul>
 *   <li>words are runs of letters and digits; {@code _ { } ^} inside a word are sub/superscript
 *       markup and dropped, so "5-HT_{2A}R" reads as "5 - HT2AR";</li>
 *   <li>every Unicode dash reads as "-"; hyphens are dropped by the matcher, so "gray-matter"
 *       equals "gray matter";</li>
 *   <li>short acronyms (two or more capitals, at most seven characters) keep their case, so "ACC"
 *       is not "acc"; every other word is lower-cased;</li>
 *   <li>possessives ("ketamine's") are dropped and plurals reduced ({@link Singular}).</li>
 * </ul>
 */
public final class Tokenizer {

    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private static final String APOSTROPHES = "'\u2019\u02BC";

    /** One-character strings, made once for ASCII: most punctuation in the reports is ASCII. */
    private static final List<String> ASCII = IntStream.range(0, 128).mapToObj(c -> String.valueOf((char) c)).toList();

    private Tokenizer() {}

    public static List<Token> tokenize(CharSequence text) {
        // Read from an array: a String's charAt checks its index and coding at every character.
        char[] chars = text.toString().toCharArray();
        int n = chars.length;
        List<Token> tokens = new ArrayList<>(n / 4 + 1); // about one token in four characters
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isSpaceOrControl(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                boolean marked = false;
                while (i < n) {
                    if (!isWordChar(chars[i])) {
                        if (!isMarkupInWord(chars, i)) {
                            break;
                        }
                        marked = true;
                    }
                    i++;
                }
                int end = i;
                String raw = new String(chars, start, end - start);
                if (i + 1 < n && APOSTROPHES.indexOf(chars[i]) >= 0 && isPossessiveS(chars, i + 1)) {
                    i += 2;
                }
                tokens.add(new Token(start, end, normalise(marked ? withoutMarkup(raw) : raw), true));
            } else {
                String norm = DASHES.indexOf(c) >= 0 ? "-" : punctuation(c);
                tokens.add(new Token(i, i + 1, norm, false));
                i++;
            }
        }
        return tokens;
    }

    /** A word's letters and digits: the markup characters inside it dropped. */
    private static String withoutMarkup(String raw) {
        StringBuilder word = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            if (!isMarkup(raw.charAt(k))) {
                word.append(raw.charAt(k));
            }
        }
        return word.toString();
    }

    private static String punctuation(char c) {
        return c < ASCII.size() ? ASCII.get(c) : String.valueOf(c);
    }

    /** The normal form of one word: acronyms keep their case, other words are lower-cased; both singular. */
    public static String normalise(String word) {
        // Most words are ASCII: one pass counts their capitals, which decide both questions below.
        int upper = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80) {
                return normaliseAnyScript(word);
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return normaliseAscii(word, upper);
    }

    /** The normal form of an ASCII word with {@code upper} capitals. */
    private static String normaliseAscii(String word, int upper) {
        if (upper >= 2 && word.length() <= 7) {
            return Singular.ofAcronym(word);
        }
        return Singular.of(upper == 0 ? word : word.toLowerCase(Locale.ROOT));
    }

    private static String normaliseAnyScript(String word) {
        if (isAcronym(word)) {
            return Singular.ofAcronym(word);
        }
        return Singular.of(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAcronym(String word) {
        if (word.length() > 7) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && ++upper == 2) {
                return true;
            }
        }
        return false;
    }

    /** ASCII answers of the two character tests, read from tables in the loop over every character. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_SPACE_OR_CONTROL = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE_OR_CONTROL[c] = Character.isWhitespace(c) || Character.isISOControl(c);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isSpaceOrControl(char c) {
        return c < 128 ? ASCII_SPACE_OR_CONTROL[c] : Character.isWhitespace(c) || Character.isISOControl(c);
    }

    private static boolean isMarkupInWord(char[] text, int i) {
        if (!isMarkup(text[i]) || i == 0 || i + 1 >= text.length) {
            return false;
        }
        char before = text[i - 1];
        char after = text[i + 1];
        return (isWordChar(before) || isMarkup(before)) && (isWordChar(after) || isMarkup(after));
    }

    /** Sub- and superscript markup, {@code _ { } ^}: asked at the end of every word, so compared, not searched for. */
    private static boolean isMarkup(char c) {
        return c == '_' || c == '{' || c == '}' || c == '^';
    }

    private static boolean isPossessiveS(char[] text, int i) {
        char c = text[i];
        return (c == 's' || c == 'S') && (i + 1 >= text.length || !isWordChar(text[i + 1]));
    }
}
