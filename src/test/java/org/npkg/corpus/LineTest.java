package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

    private static List<String> split(String text) {
        return Line.split(text).stream().map(l -> l.number() + ":" + l.start() + "-" + l.end() + ":" + l.text()).toList();
    }

    @Test
    void splitsOnEveryKindOfTerminator() {
        assertEquals(List.of("1:0-1:a", "2:2-3:b", "3:5-6:c", "4:7-8:d"), split("a\nb\r\nc\rd"));
    }

    @Test
    void aFinalTerminatorStartsNoLineButEmptyLinesCount() {
        assertEquals(List.of("1:0-2:ab"), split("ab\n"));
        assertEquals(List.of("1:0-0:", "2:1-1:", "3:2-3:x"), split("\n\nx"));
        assertEquals(List.of("1:0-0:", "2:1-1:", "3:3-4:y"), split("\r\r\ny"));
        assertEquals(List.of("1:0-1:z", "2:2-2:"), split("z\n\r"));
        assertEquals(List.of(), split(""));
    }
}
