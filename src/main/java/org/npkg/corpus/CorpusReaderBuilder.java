package org.npkg.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Configures a {@link CorpusReader}; the defaults read .md, .markdown and .txt files. */
public final class CorpusReaderBuilder {

    final Set<String> markdown = new LinkedHashSet<>(List.of("md", "markdown"));
    final Set<String> plainText = new LinkedHashSet<>(List.of("txt"));
    /** Reports are tens of kilobytes; a huge file is more likely a data dump put there by mistake. */
    long maxBytes = 64L * 1024 * 1024;

    CorpusReaderBuilder() {
    }

    /** File extensions (without dot) read as Markdown, replacing the defaults. */
    public CorpusReaderBuilder markdownExtensions(String... extensions) {
        replace(markdown, extensions);
        return this;
    }

    /** File extensions (without dot) read as plain text, replacing the defaults. */
    public CorpusReaderBuilder plainTextExtensions(String... extensions) {
        replace(plainText, extensions);
        return this;
    }

    /** Files larger than this are rejected with a {@link CorpusException}. */
    public CorpusReaderBuilder maxFileBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + bytes);
        }
        this.maxBytes = bytes;
        return this;
    }

    public CorpusReader build() {
        return new CorpusReader(this);
    }

    private static void replace(Set<String> target, String... extensions) {
        target.clear();
        for (String ext : extensions) {
            target.add(ext.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT));
        }
    }
}
