package org.npkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npkg.query.Parameter;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.store.Prefixes;

/**
 * {@code GET /api/queries}: the question library as JSON — name, title, description and
 * parameters (name, default, description) of each query — and npkg's prefixes, from which the
 * query page builds its forms and the PREFIX lines of its SPARQL box.
 */
final class QueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> body;

    QueriesServlet(QueryLibrary library) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prefixes", Prefixes.standard().getNsPrefixMap());
        json.put("queries", library.queries().stream().map(QueriesServlet::describe).toList());
        this.body = json;
    }

    private static Map<String, Object> describe(QueryFile q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", q.name());
        json.put("title", q.title());
        json.put("description", q.description());
        json.put("parameters", q.parameters().stream().map(QueriesServlet::describe).toList());
        return json;
    }

    private static Map<String, Object> describe(Parameter p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        json.put("default", p.defaultValue());
        json.put("description", p.description());
        json.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        return json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.json(response, HttpServletResponse.SC_OK, body);
    }
}
