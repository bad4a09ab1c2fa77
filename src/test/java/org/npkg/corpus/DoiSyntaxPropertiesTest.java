package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link DoiSyntax#end} ends a DOI exactly where {@link DoiSyntax#DOI} does, on DOIs made of the
 * characters that matter to the pattern, and {@link DoiSyntax#best} finds what a search with the
 * pattern finds; {@link DoiSyntax#withTargets} takes the link targets the link pattern once took
 * with its own tail {@link #TARGETS}.
 */
class DoiSyntaxPropertiesTest {

    /** The targets after a DOI link, as the link pattern matched them before they were read by hand. */
    private static final Pattern TARGETS = Pattern.compile(
            "(?:\\((?:[^\\s()\\]]|\\([^\\s()\\]]*\\))*[)\\]])*");

    @Property(tries = 2000)
    void linkTargetsEndWhereThePatternEnded(@ForAll @Chars({'(', ')', ']', '[', 'a', '/', ' ', '\n', '\u000B'})
            @StringLength(max = 24) String tail) {
        String text = "see [DOI: 10.1234/x]" + tail;
        Matcher link = DoiSyntax.LINK.matcher(text);
        link.find();
        Matcher targets = TARGETS.matcher(text).region(link.end(), text.length());
        targets.lookingAt();
        assertEquals(targets.end(), DoiSyntax.withTargets(text, link, text.length()), text);
    }

    @Property(tries = 2000)
    void endsWhereThePatternEnds(@ForAll @NumericChars @StringLength(max = 11) String digits,
            @ForAll @Chars({'a', '1', '(', ')', '\\', '[', ']', '<', '>', '"', ' ', '\n', '\u000B', '\r', 'é', '/', '.', '-'})
            @StringLength(max = 14) String tail) {
        String text = "10." + digits + "/" + tail;
        assertEquals(patternEnd(text, 0), DoiSyntax.end(text, 0), text);
        String shifted = "x " + text;
        assertEquals(patternEnd(shifted, 2), DoiSyntax.end(shifted, 2), shifted);
    }

    @Property(tries = 2000)
    void bestIsWhatThePatternFinds(@ForAll @Chars({'1', '0', '.', '2', '/', 'a', '(', ')', '\\', ' ', ']', ','})
            @StringLength(max = 40) String text) {
        assertEquals(patternBest(text), DoiSyntax.best(text), text);
    }

    private static int patternEnd(String text, int start) {
        Matcher m = DoiSyntax.DOI.matcher(text).region(start, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** best() as it was written with the pattern. */
    private static Optional<String> patternBest(String text) {
        Matcher m = DoiSyntax.DOI.matcher(text);
        String best = null;
        while (m.find()) {
            String doi = DoiSyntax.normalise(m.group());
            if (best == null || doi.startsWith(best) && doi.length() > best.length()) {
                best = doi;
            }
        }
        return Optional.ofNullable(best);
    }
}
