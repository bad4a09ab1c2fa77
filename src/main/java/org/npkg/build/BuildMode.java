package org.npkg.build;

/** How a build treated the store it found. */
public enum BuildMode {
    /** Every document was read and a new database built. */
    FULL,
    /** Only changed, new and removed documents were processed, in the database in one transaction. */
    INCREMENTAL,
    /** Nothing changed since the last build: the store was left as it was. */
    UNCHANGED
}
