package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link Emphasis} finds exactly what the regular expressions it replaced found, on strings made
 * of the characters that matter to them, and does it in linear time.
 */
class EmphasisPropertiesTest {

    /** The expressions npkg used before: correct, but quadratic on a long line of unclosed markers. */
    private static final Pattern STARS = Pattern.compile(
            "(?<![\\\\*])(\\*{1,3})(?=[^\\s*])[^\\n]*?(?<=[^\\s*\\\\])\\1(?!\\*)");
    private static final Pattern UNDERSCORES = Pattern.compile(
            "(?<![\\p{L}\\p{N}_\\\\])(_{1,3})(?=[^\\s_])[^\\n]*?(?<=[^\\s_\\\\])\\1(?![\\p{L}\\p{N}_])");

    @Property
    void starsAsTheRegexFoundThem(@ForAll @Chars({'*', '_', 'a', '1', ' ', '\\', '\n', 'é', '²', '\t'})
            @StringLength(max = 40) String text) {
        assertEquals(regex(STARS, text), found(Emphasis.STARS, text), text);
    }

    @Property
    void underscoresAsTheRegexFoundThem(@ForAll @Chars({'*', '_', 'a', '1', ' ', '\\', '\n', 'é', '²', '\t'})
            @StringLength(max = 40) String text) {
        assertEquals(regex(UNDERSCORES, text), found(Emphasis.UNDERSCORES, text), text);
    }

    @Property
    void anyTextAsTheRegexFoundIt(@ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 60) String text) {
        assertEquals(regex(STARS, text), found(Emphasis.STARS, text), text);
        assertEquals(regex(UNDERSCORES, text), found(Emphasis.UNDERSCORES, text), text);
    }

    @Test
    void aMegabyteLineOfUnclosedMarkersTakesLinearTime() {
        char[] text = "*a _b ".repeat(200_000).toCharArray();
        List<String> spans = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> found(Emphasis.STARS, new String(text)));
        assertEquals(List.of(), spans);
    }

    private static List<String> regex(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end() + "/" + m.group(1).length());
        }
        return spans;
    }

    private static List<String> found(Emphasis emphasis, String text) {
        return emphasis.find(text.toCharArray()).stream().map(s -> s.start() + "-" + s.end() + "/" + s.marks()).toList();
    }
}
