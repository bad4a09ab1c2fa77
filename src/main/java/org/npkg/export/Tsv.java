package org.npkg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tab-separated file as KGX reads it: a header row, then one row per record; multiple values
 * in one cell separated by {@code |}. Tabs and line breaks inside values become spaces, and a
 * {@code |} inside a single value becomes {@code ¦}, so no value can break a row or a list.
 */
final class Tsv implements AutoCloseable {

    private final Writer out;
    private final int columns;

    Tsv(OutputStream out, List<String> header) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.columns = header.size();
        row(header);
    }

    /** Writes a row of cells, already joined where they hold several values. */
    void row(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.size());
        }
        try {
            out.write(String.join("\t", cells.stream().map(c -> c == null ? "" : c.replaceAll("[\\t\\r\\n]+", " ")).toList()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One value that must not be read as a list. */
    static String single(String value) {
        return value == null ? "" : value.replace('|', '\u00A6');
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
