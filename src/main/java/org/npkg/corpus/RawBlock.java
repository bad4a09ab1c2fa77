package org.npkg.corpus;

/**
 * A block as a parser finds it, before markup is blanked and citations are found.
 *
 * @param kind  block kind
 * @param start first character in the document text
 * @param end   one past the last character
 * @param level heading depth (1 = outermost); 0 for other blocks
 */
record RawBlock(BlockKind kind, int start, int end, int level) {

    static RawBlock heading(Line line, int level) {
        return new RawBlock(BlockKind.HEADING, line.start(), line.end(), level);
    }

    static RawBlock of(BlockKind kind, Line first, Line last) {
        return new RawBlock(kind, first.start(), last.end(), 0);
    }
}
