package org.npkg.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.npkg.build.BuildProgress;

/**
 * A build's progress on one line of a terminal, rewritten in place at most a few times a second:
 * documents done of all, throughput and the time left at that pace. Only for terminals: in a
 * log or a pipe a line rewritten with carriage returns is noise.
 */
final class TerminalProgress implements BuildProgress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private int documents;
    private long bytes;
    private int done;
    private long doneBytes;
    private long started;
    private long shown;
    private boolean printed;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** The progress line when standard error is a terminal and the user did not ask for quiet. */
    static BuildProgress forConsole(PrintStream err, boolean quiet) {
        return System.console() != null && !quiet ? new TerminalProgress(err) : BuildProgress.NONE;
    }

    @Override
    public void started(int documents, long bytes) {
        this.documents = documents;
        this.bytes = bytes;
        this.started = System.nanoTime();
    }

    @Override
    public void documentDone(long bytes) {
        done++;
        doneBytes += bytes;
        long now = System.nanoTime();
        if (now - shown >= EVERY_NANOS) {
            shown = now;
            show(now);
        }
    }

    @Override
    public void finished() {
        if (printed) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void show(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double perSecond = doneBytes / seconds;
        long left = perSecond > 0 ? Math.round((bytes - doneBytes) / perSecond) : 0;
        err.printf(Locale.ROOT, "\r\033[K%d/%d documents, %.1f MB/s, %d:%02d left", done, documents,
                perSecond / 1e6, left / 60, left % 60);
        err.flush();
        printed = true;
    }
}
