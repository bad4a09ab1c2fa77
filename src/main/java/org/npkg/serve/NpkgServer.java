package org.npkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.npkg.query.QueryLibrary;

/**
 * npkg's SPARQL server: embedded Fuseki over the store, read-only, plus the query page.
 *
 * <ul>
 * <li>{@code /npkg/sparql} (also {@code /npkg/query}, {@code /npkg}): SPARQL query, results as
 *     JSON, XML, CSV or TSV by content negotiation. No update endpoint and no graph-store writes:
 *     the dataset is registered without update services and wrapped read-only.</li>
 * <li>{@code /}: the query page; {@code /api/queries} the library as JSON; {@code /api/run} runs a
 *     library question with parameters bound server-side; {@code /page?iri=} a page per IRI.</li>
 * </ul>
 * Bound to 127.0.0.1 unless told otherwise; every query stops at the timeout; SERVICE may not
 * call out; request bodies and heads are bounded ({@link RequestSizeFilter}); requests from other
 * web sites are refused and no CORS headers are sent ({@link SameOriginFilter}). SECURITY.md
 * gives the threat model.
 *
 * <pre>{@code
 * NpkgServer server = NpkgServer.builder().store(dir).port(3030).timeout(Duration.ofSeconds(30)).build().start();
 * }</pre>
 */
public final class NpkgServer {

    /** The dataset's path: the SPARQL endpoint is {@code /npkg/sparql}. */
    public static final String DATASET = "/npkg";

    private final FusekiServer fuseki;
    private final ServedDataset dataset;
    private final String host;

    private NpkgServer(Builder b) {
        QueryLibrary library = QueryLibrary.load(b.queries);
        this.dataset = ServedDataset.open(b.store, b.timeout);
        this.host = b.host;
        try {
            this.fuseki = FusekiServer.create()
                    .port(b.port)
                    .enableCors(false)
                    .enablePing(false)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableTasks(false)
                    .addFilter("/*", new SameOriginFilter(host))
                    .addFilter("/*", new RequestSizeFilter())
                    .add(DATASET, dataset.graph(), false)
                    .addServlet("/api/queries", new QueriesServlet(library))
                    .addServlet("/api/run", new RunServlet(library, dataset.graph()))
                    .addServlet("/page", new PageServlet(dataset.graph()))
                    .addServlet("", new StaticServlet())
                    .addServlet("/static/*", new StaticServlet())
                    .build();
            RequestSizeFilter.limitHeads(fuseki.getJettyServer());
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(host);
                }
            }
        } catch (RuntimeException e) {
            dataset.close();
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; a taken port or an address this machine does not have is a {@link ServeException}. */
    public NpkgServer start() {
        try {
            fuseki.start();
            return this;
        } catch (RuntimeException e) {
            stop();
            throw new ServeException("serve-start", "cannot serve on " + host + ": " + rootMessage(e), e);
        }
    }

    /** The port in use (the one chosen when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** Whether the server listens on loopback only, out of reach of other machines. */
    public boolean isLoopbackOnly() {
        return SameOriginFilter.isLoopback(host);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        try {
            fuseki.stop();
        } finally {
            dataset.close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The options of a server. */
    public static final class Builder {
        private Path store;
        private Path queries = QueryLibrary.DEFAULT_DIR;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {}

        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        public Builder queries(Path dir) {
            this.queries = dir;
            return this;
        }

        /** The address to listen on; 127.0.0.1 unless told otherwise. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 chooses a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public NpkgServer build() {
            Objects.requireNonNull(store, "store");
            return new NpkgServer(this);
        }
    }
}
