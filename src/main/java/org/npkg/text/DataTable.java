package org.npkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file of cue words or rules, kept as a class-path resource. It must open
 * with '# FORMAT:' and '# EXAMPLE:' comment lines, as HeidelTime's resources do, and every row
 * must have the stated number of columns; otherwise loading fails naming resource, line and column.
 */
public record DataTable(String name, List<Row> rows) {

    /** One row: its cells and its line number in the file. */
    public record Row(int line, List<String> cells) {
        public String cell(int i) {
            return cells.get(i);
        }
    }

    public static DataTable load(Class<?> owner, String resource, int columns) {
        String name = owner.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " is missing from the class path");
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static DataTable parse(String name, BufferedReader reader, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean format = false;
        boolean example = false;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                format |= line.startsWith("# FORMAT:");
                example |= line.startsWith("# EXAMPLE:");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw error(name, number, Math.min(line.length(), 1 + line.lastIndexOf('\t')),
                        "expected " + columns + " tab-separated columns, found " + cells.length);
            }
            List<String> values = new ArrayList<>(columns);
            for (String cell : cells) {
                values.add(cell.strip());
            }
            rows.add(new Row(number, List.copyOf(values)));
        }
        if (!format || !example) {
            throw error(name, 1, 1, "a data file must open with '# FORMAT:' and '# EXAMPLE:' lines");
        }
        return new DataTable(name, List.copyOf(rows));
    }

    public static IllegalStateException error(String name, int line, int column, String message) {
        return new IllegalStateException(name + ":" + line + ":" + column + ": " + message);
    }

    public IllegalStateException error(Row row, int column, String message) {
        return error(name, row.line(), column, message);
    }
}
