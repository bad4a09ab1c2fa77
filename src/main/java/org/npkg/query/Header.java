package org.npkg.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a query file's header while it is being read, with the line of each. */
final class Header {

    private record Entry(String key, StringBuilder text, int line) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> paramLines = new HashMap<>();

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void start(String key, String text, int line) {
        entries.add(new Entry(key, new StringBuilder(text.strip()), line));
    }

    void append(String text) {
        StringBuilder sb = entries.get(entries.size() - 1).text();
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(text.strip());
    }

    Optional<String> title() {
        return first("title");
    }

    String description() {
        return first("description").orElse("");
    }

    int lineOf(String paramName) {
        return paramLines.getOrDefault(paramName, 1);
    }

    List<Parameter> parameters(Path file) {
        List<Parameter> params = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.key().equals("param")) {
                continue;
            }
            Parameter p = QueryFileParser.parseParam(file, e.line(), e.text().toString());
            if (paramLines.containsKey(p.name())) {
                throw QueryException.at("query-header", file, e.line(), 1,
                        "parameter " + p.name() + " is declared twice (first on line " + paramLines.get(p.name()) + ")");
            }
            paramLines.put(p.name(), e.line());
            params.add(p);
        }
        return params;
    }

    private Optional<String> first(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(e -> e.text().toString())
                .filter(s -> !s.isEmpty()).findFirst();
    }
}
