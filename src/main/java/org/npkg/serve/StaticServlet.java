package org.npkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The query page's own files, served from the jar ({@code org/npkg/serve/web/}): {@code /} is
 * the page, {@code /static/…} its script and style. A fixed list, so no path can reach anything
 * else; nothing is fetched from elsewhere at run time.
 */
final class StaticServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BASE = "/org/npkg/serve/web/";
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html"},
            "/static/app.js", new String[] {"app.js", "text/javascript"},
            "/static/style.css", new String[] {"style.css", "text/css"});

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] file = FILES.get(path);
        if (file == null) {
            Responses.error(response, 404, "not-found", "no page at " + path + "; the query page is at /");
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream(BASE + file[0])) {
            if (in == null) {
                Responses.error(response, 500, "internal", "missing resource " + file[0]);
                return;
            }
            response.setStatus(200);
            response.setContentType(file[1]);
            response.setCharacterEncoding("UTF-8");
            Responses.secure(response);
            in.transferTo(response.getOutputStream());
        }
    }
}
