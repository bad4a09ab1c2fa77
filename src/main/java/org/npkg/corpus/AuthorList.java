package org.npkg.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author lists in the two styles the reports use: APA ("Abraham, W. C., & Bear, M. F.") where
 * surnames and initials alternate between commas, and "Tomasz Cholewinski, D. Pereira, et al."
 * where every comma-separated part is one name.
 */
final class AuthorList {

    private static final Pattern ET_AL = Pattern.compile("(?i)^et\\.?\\s*al\\.?$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AuthorList() {
    }

    static List<String> parse(String part) {
        String s = part.replace("…", ",").replace("...", ",").replace("&", ",");
        if (s.contains("and")) { // most lists join their last name with '&': no pass of the pattern
            s = AND.matcher(s).replaceAll(",");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : s.split(",")) {
            String t = token.strip();
            if (!t.isEmpty() && !isEtAl(t)) {
                tokens.add(t);
            }
        }
        boolean[] initials = new boolean[tokens.size()]; // each token tested once, not again below
        boolean apa = false;
        for (int i = 0; i < tokens.size(); i++) {
            initials[i] = isInitials(tokens.get(i));
            apa |= initials[i];
        }
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int last = authors.size() - 1;
            if (apa && initials[i] && last >= 0 && authors.get(last).indexOf(',') < 0) {
                authors.set(last, authors.get(last) + ", " + token);
            } else {
                authors.add(token);
            }
        }
        return authors;
    }

    /** The surname of a name in either style: before the comma, else the last word. */
    static String surname(String author) {
        int comma = author.indexOf(',');
        if (comma >= 0) {
            return author.substring(0, comma).strip();
        }
        String[] words = SPACES.split(author.strip());
        return words[words.length - 1];
    }

    /** Surname key for matching: accents, case, hyphens and apostrophes ignored. */
    static String fold(String name) {
        if (isAscii(name)) {
            return foldAscii(name);
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NON_LETTERS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #fold} of an ASCII name, which decomposition leaves as it is and which holds no
     * combining marks: its letters, lower-cased. Most names are ASCII, and the normaliser and two
     * regular expressions cost more than the rest of resolving a citation.
     */
    private static String foldAscii(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                folded.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                folded.append((char) (c + ('a' - 'A')));
            }
        }
        return folded.toString();
    }

    /** {@link #ET_AL} needs an 'e' first (its case folding is ASCII only); most tokens are names, spared the pattern. */
    private static boolean isEtAl(String token) {
        char first = token.charAt(0);
        return (first == 'e' || first == 'E') && ET_AL.matcher(token).matches();
    }

    private static boolean isInitials(String token) {
        return token.indexOf('.') >= 0 && Initials.of(token);
    }
}
