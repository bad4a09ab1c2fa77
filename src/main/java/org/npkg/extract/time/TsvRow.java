package org.npkg.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One data row of a {@link TsvTable}, with typed access that reports faults by line and column. */
record TsvRow(String resource, int line, List<String> fields, List<Integer> columns, List<String> names) {

    static TsvRow parse(String resource, int line, String text, List<String> names) {
        String[] parts = text.split("\t", -1);
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int column = 1;
        for (int i = 0; i < parts.length; i++) {
            if (i >= names.size()) {
                throw new TimeSpanException(resource, line, column,
                        "extra field '" + parts[i] + "': FORMAT names " + names.size() + " columns " + names);
            }
            String field = parts[i].strip();
            if (field.isEmpty()) {
                throw new TimeSpanException(resource, line, column, "empty field for column '" + names.get(i) + "'");
            }
            fields.add(field);
            columns.add(column);
            column += parts[i].length() + 1;
        }
        if (fields.size() < names.size()) {
            throw new TimeSpanException(resource, line, text.length() + 1,
                    "missing field for column '" + names.get(fields.size()) + "' (columns are tab-separated)");
        }
        return new TsvRow(resource, line, List.copyOf(fields), List.copyOf(columns), names);
    }

    String get(int index) {
        return fields.get(index);
    }

    TimeSpanException error(int index, String problem) {
        return new TimeSpanException(resource, line, columns.get(index),
                "column '" + names.get(index) + "': " + problem);
    }

    /** A finite number of seconds or a count, at least zero. */
    double number(int index) {
        try {
            double value = Double.parseDouble(get(index));
            if (value >= 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(index, "'" + get(index) + "' is not a finite number >= 0");
    }

    <E extends Enum<E>> E constant(int index, Class<E> type) {
        try {
            return Enum.valueOf(type, get(index));
        } catch (IllegalArgumentException e) {
            throw error(index, "unknown value '" + get(index) + "', expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Records the field as a key, failing when an earlier row had the same key. */
    String uniqueKey(int index, Set<String> seen) {
        String key = get(index).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!seen.add(key)) {
            throw error(index, "duplicate key '" + get(index) + "'");
        }
        return get(index);
    }
}
