package org.npkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * Bounds what a request may make the server read. A body (a SPARQL query or form) over
 * {@link #MAX_BODY_BYTES} is a 413 before a byte of it is read, and a body of unstated length
 * (chunked) is a 411, so the limit cannot be dodged. The request line and headers together are
 * bounded by {@link #MAX_HEAD_BYTES}, which Jetty enforces as it parses them (414 for a long URL,
 * 431 for long headers). Fuseki's own defaults are 25 MB and 512 KB.
 */
final class RequestSizeFilter implements Filter {

    /** The largest request body: 1 MiB, far above any hand-written query. */
    static final long MAX_BODY_BYTES = 1L << 20;

    /** The largest request line plus headers: 64 KiB, so a GET query may be about that long. */
    static final int MAX_HEAD_BYTES = 64 << 10;

    /** Sets {@link #MAX_HEAD_BYTES} on every HTTP connector of the server. */
    static void limitHeads(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(MAX_HEAD_BYTES);
            }
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.setHeader("Connection", "close");
            Responses.error(response, 413, "request-too-large",
                    "a request body may be at most " + MAX_BODY_BYTES + " bytes; this one has " + length);
        } else if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
            Responses.error(response, 411, "length-required", "a request body must state its Content-Length");
        } else {
            chain.doFilter(req, res);
        }
    }
}
