package org.npkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * Reads a {@code .rq} file: the comment header ({@code # title:}, {@code # description:},
 * {@code # param:}, continuation lines indented by two or more spaces after {@code #}), then
 * the query, which is parsed at once so a broken file is reported with file, line and column.
 * Other comment lines in the header are notes and are ignored.
 */
final class QueryFileParser {

    private static final Pattern KEY = Pattern.compile("#\\s?(title|description|param):\\s*(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#\\s{2,}(\\S.*)");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|.*?))?\\s*(?:(?:—|–|--|\\s-)\\s*(.*))?");

    private QueryFileParser() {}

    static QueryFile parse(Path file) {
        List<String> lines = read(file);
        Header header = new Header();
        int bodyStart = 0;
        String open = null;
        for (; bodyStart < lines.size(); bodyStart++) {
            String line = lines.get(bodyStart).strip();
            if (line.isEmpty() && open == null && header.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            Matcher key = KEY.matcher(line);
            Matcher more = CONTINUATION.matcher(lines.get(bodyStart));
            if (key.matches()) {
                open = key.group(1);
                header.start(open, key.group(2), bodyStart + 1);
            } else if (open != null && more.matches()) {
                header.append(more.group(1));
            } else {
                open = null;
            }
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size()));
        checkSyntax(file, body, bodyStart);
        List<Parameter> params = header.parameters(file);
        checkParametersUsed(file, params, body, header);
        return new QueryFile(nameOf(file), header.title().orElse(nameOf(file)),
                header.description(), params, body, file);
    }

    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".rq") ? n.substring(0, n.length() - 3) : n;
    }

    static Parameter parseParam(Path file, int line, String text) {
        Matcher m = PARAM.matcher(text.strip());
        if (!m.matches()) {
            throw QueryException.at("query-header", file, line, 1,
                    "cannot read parameter \"" + text.strip() + "\": expected `# param: name = default — description`");
        }
        String def = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        String desc = m.group(3) == null ? "" : m.group(3).strip();
        return new Parameter(m.group(1), def, desc);
    }

    private static void checkSyntax(Path file, String body, int linesBefore) {
        try {
            SparqlParsing.parse(body);
        } catch (QueryParseException e) {
            int line = SparqlParsing.line(e);
            throw QueryException.at("query-syntax", file, line < 0 ? linesBefore + 1 : line + linesBefore,
                    Math.max(SparqlParsing.column(e), 1), "SPARQL syntax error: " + SparqlParsing.summary(e));
        }
    }

    private static void checkParametersUsed(Path file, List<Parameter> params, String body, Header header) {
        for (Parameter p : params) {
            Pattern var = Pattern.compile("[?$]" + Pattern.quote(p.name()) + "(?![A-Za-z0-9_])");
            if (!var.matcher(body).find()) {
                throw QueryException.at("query-header", file, header.lineOf(p.name()), 1,
                        "parameter " + p.name() + " is declared but ?" + p.name() + " does not occur in the query");
            }
        }
    }

    private static List<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ArrayList<>(text.replace("\uFEFF", "").lines().toList());
        } catch (IOException e) {
            throw new QueryException("query-missing", "cannot read query file " + file + ": " + e.getMessage());
        }
    }
}
