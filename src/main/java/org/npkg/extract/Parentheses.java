package org.npkg.extract;

/**
 * Where a sentence's parentheses open: for each offset, the start of the innermost parenthesis
 * around it. Every group and trigger asks, so the answers are made in one pass over the
 * sentence when first asked, where a scan back from each offset read the sentence again every
 * time; a sentence that opens none needs no table at all. A ')' with no '(' open is passed over,
 * as a scan back never finds its match.
 */
final class Parentheses {

    private static final int[] NONE = new int[0];

    private final String text;
    /** For offsets 0 to the text's length, the innermost open parenthesis before them; made on first use. */
    private int[] openAt;

    Parentheses(String text) {
        this.text = text;
    }

    /** Start of the innermost parenthesis around {@code offset}, or -1 outside any. */
    int around(int offset) {
        if (openAt == null) {
            openAt = text.indexOf('(') < 0 ? NONE : table(text);
        }
        return openAt == NONE ? -1 : openAt[offset];
    }

    private static int[] table(String text) {
        int[] open = new int[text.length() + 1];
        int[] stack = new int[text.length()];
        int depth = 0;
        open[0] = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                stack[depth++] = i;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            open[i + 1] = depth > 0 ? stack[depth - 1] : -1;
        }
        return open;
    }
}
