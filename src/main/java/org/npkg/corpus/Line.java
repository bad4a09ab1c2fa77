package org.npkg.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One physical line of a document.
 *
 * @param number 1-based line number
 * @param start  offset of its first character in the document text
 * @param end    offset just before its line terminator
 * @param text   the line without terminator
 */
record Line(int number, int start, int end, String text) {

    /**
     * True for empty lines and lines of only spaces, tabs or no-break spaces. A plain loop: every
     * parser asks this of most lines, and a stream pipeline for each was a visible part of reading.
     */
    boolean blank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits on \n, \r\n and \r; a final terminator does not start an extra line. Terminators
     * are found with {@link String#indexOf(int, int)}, which reads many characters at a step;
     * most files have no '\r', and it is looked for once.
     */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int feed = text.indexOf('\n');
        int ret = text.indexOf('\r');
        while (feed >= 0 || ret >= 0) {
            int i = ret < 0 || (feed >= 0 && feed < ret) ? feed : ret;
            lines.add(new Line(number++, start, i, text.substring(start, i)));
            start = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            if (feed >= 0 && feed < start) {
                feed = text.indexOf('\n', start);
            }
            if (ret >= 0 && ret < start) {
                ret = text.indexOf('\r', start);
            }
        }
        if (start < text.length()) {
            lines.add(new Line(number, start, text.length(), text.substring(start)));
        }
        return lines;
    }
}
