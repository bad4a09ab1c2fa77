package org.npkg.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data table with a HeidelTime-style header, read and checked at load time.
 *
 * <p>The file opens with comment lines ({@code #}). Among them, {@code # FORMAT:} names the
 * columns (separated by white space) and must match the columns the loader expects;
 * {@code # EXAMPLE:} shows one row, tab-separated, with the same number of columns. Every
 * other non-blank, non-comment line is a row of tab-separated, non-empty fields. Faults raise
 * a {@link TimeSpanException} naming the resource, line and column.
 */
final class TsvTable {

    private static final String FORMAT = "# FORMAT:";
    private static final String EXAMPLE = "# EXAMPLE:";

    private final String resource;
    private final List<TsvRow> rows;

    private TsvTable(String resource, List<TsvRow> rows) {
        this.resource = resource;
        this.rows = List.copyOf(rows);
    }

    String resource() {
        return resource;
    }

    List<TsvRow> rows() {
        return rows;
    }

    /** Reads a default table from this package's resources. */
    static TsvTable resource(String name, List<String> columns) {
        InputStream in = TsvTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new TimeSpanException(name, 0, 0, "resource not found next to " + TsvTable.class.getName());
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8), columns);
    }

    /** Reads and checks a table; {@code name} is used in error messages. Closes the reader. */
    static TsvTable read(String name, Reader reader, List<String> columns) {
        List<TsvRow> rows = new ArrayList<>();
        boolean format = false;
        boolean example = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.startsWith(FORMAT)) {
                    checkFormat(name, lineNo, line, columns);
                    format = true;
                } else if (line.startsWith(EXAMPLE)) {
                    checkExample(name, lineNo, line, columns);
                    example = true;
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    if (!format || !example) {
                        throw new TimeSpanException(name, lineNo, 1,
                                "data before the '" + FORMAT + "' and '" + EXAMPLE + "' header lines");
                    }
                    rows.add(TsvRow.parse(name, lineNo, line, columns));
                }
            }
        } catch (IOException e) {
            throw new TimeSpanException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (!format || !example) {
            throw new TimeSpanException(name, 1, 1, "missing '" + (format ? EXAMPLE : FORMAT) + "' header line");
        }
        return new TsvTable(name, rows);
    }

    private static void checkFormat(String name, int lineNo, String line, List<String> columns) {
        String body = line.substring(FORMAT.length());
        List<String> found = List.of(body.trim().split("\\s+"));
        if (!found.equals(columns)) {
            int column = FORMAT.length() + 1 + (body.length() - body.stripLeading().length());
            throw new TimeSpanException(name, lineNo, column,
                    "FORMAT names columns " + found + " but this table has columns " + columns);
        }
    }

    private static void checkExample(String name, int lineNo, String line, List<String> columns) {
        String body = line.substring(EXAMPLE.length()).strip();
        int found = body.split("\t", -1).length;
        if (found != columns.size()) {
            throw new TimeSpanException(name, lineNo, EXAMPLE.length() + 1,
                    "EXAMPLE has " + found + " tab-separated fields, FORMAT names " + columns.size());
        }
    }
}
