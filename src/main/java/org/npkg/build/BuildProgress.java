package org.npkg.build;

/** Told how a build advances, document by document; the command line shows it on a terminal. */
public interface BuildProgress {

    /** Says nothing. */
    BuildProgress NONE = new BuildProgress() {};

    /** The build is about to read {@code documents} files of {@code bytes} bytes in all. */
    default void started(int documents, long bytes) {}

    /** One more file is done (extracted, reused or skipped). */
    default void documentDone(long bytes) {}

    /** The documents are done; what remains (inference, counting) is short. */
    default void finished() {}
}
