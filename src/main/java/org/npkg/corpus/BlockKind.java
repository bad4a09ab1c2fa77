package org.npkg.corpus;

/** The role of a {@link Block} in its document. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** A figure, table or box caption such as "Figure 3: …". */
    CAPTION,
    /** One line of a table, e.g. a tab-separated table of contents. */
    TABLE,
    /** An entry of a References/Bibliography section: not prose, so later stages skip it. */
    REFERENCE
}
