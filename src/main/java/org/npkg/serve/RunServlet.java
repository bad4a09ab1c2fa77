package org.npkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.npkg.query.QueryException;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.query.ResultFormat;

/**
 * {@code GET /api/run?query=NAME&param.NAME=VALUE…}: runs a library question with its parameters
 * bound as RDF terms on the server (labels and CURIEs resolved as on the command line; the text
 * never enters the SPARQL) and answers with SPARQL JSON results. A bad name, parameter or value is
 * a 400 with the same message the command line gives; a query past the timeout is a 503.
 */
final class RunServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PARAM = "param.";

    private final transient QueryLibrary library;
    private final transient DatasetGraph dataset;

    RunServlet(QueryLibrary library, DatasetGraph dataset) {
        this.library = library;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("query");
        if (name == null || name.isBlank()) {
            Responses.error(response, 400, "query-missing", "give the library question as ?query=NAME");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (key.startsWith(PARAM) && values.length > 0 && !values[0].isBlank()) {
                params.put(key.substring(PARAM.length()), values[0]);
            }
        });
        try {
            QueryFile file = library.find(name);
            byte[] results = Txn.calculateRead(dataset, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                QueryRunner.builder().dataset(DatasetFactory.wrap(dataset)).params(params).format(ResultFormat.JSON)
                        .build().run(file, out);
                return out.toByteArray();
            });
            response.setStatus(200);
            response.setContentType("application/sparql-results+json");
            response.setCharacterEncoding("UTF-8");
            Responses.secure(response);
            response.getOutputStream().write(results);
        } catch (QueryException e) {
            Responses.error(response, e.isBadInput() ? 400 : 500, e.id(), e.getMessage());
        } catch (QueryCancelledException e) {
            Responses.error(response, 503, "query-timeout", "the question took longer than the server's timeout");
        }
    }
}
