package org.npkg.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.npkg.store.Store;
import org.npkg.store.StoreException;

/**
 * Renders the graph as one self-contained HTML page: the report queries run in one read
 * transaction, then {@link HtmlWriter} writes the page with its style, script and data inline.
 *
 * <pre>{@code
 * ReportService.builder().store(Path.of("target/npkg/store")).build().write(out);
 * }</pre>
 */
public final class ReportService {

    /** Where the report's queries live unless {@code --queries} says otherwise. */
    public static final Path DEFAULT_QUERIES = Path.of("queries", "report");

    /** Where {@code npkg report} writes unless {@code --out} says otherwise. */
    public static final Path DEFAULT_OUT = Path.of("target", "npkg", "report.html");

    private final Store store;
    private final Path queries;

    private ReportService(Builder b) {
        this.store = Store.at(Objects.requireNonNull(b.store, "store"));
        this.queries = Objects.requireNonNull(b.queries, "queries");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The report's data: the answers of its queries. */
    public ReportData data() throws StoreException {
        ReportQueries reportQueries = new ReportQueries(queries);
        return store.read(reportQueries::read);
    }

    /** Writes the page, UTF-8, to {@code out} (which stays open). */
    public void write(OutputStream out) throws StoreException, IOException {
        ReportData data = data();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(new HtmlWriter(data).page());
        writer.flush();
    }

    /** Collects where the store and the report queries are. */
    public static final class Builder {
        private Path store = Store.DEFAULT_DIR;
        private Path queries = DEFAULT_QUERIES;

        private Builder() {}

        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        /** The directory holding the report queries (convergence-matrix.rq, onsets.rq, …). */
        public Builder queries(Path dir) {
            this.queries = dir;
            return this;
        }

        public ReportService build() {
            return new ReportService(this);
        }
    }
}
