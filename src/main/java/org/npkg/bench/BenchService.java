package org.npkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.npkg.corpus.CorpusReader;
import org.npkg.extract.Extractor;
import org.npkg.extract.Lexicon;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;
import org.npkg.store.Store;
import org.npkg.store.StoreException;

/**
 * The benchmark behind {@code npkg bench}: a scale corpus made of copies of the corpus, then
 * extraction throughput on one and on all cores, mention matching alone, full and incremental
 * builds in a child JVM with a 1 GB heap (wall time, peak heap, quads/s into TDB2), the build of
 * the corpus itself with JVM start, and every library question's latency on both graphs.
 */
public final class BenchService {

    /** Passes over the scale corpus of which each extraction rate is the median. */
    private static final int PASSES = 3;

    private final Path corpus;
    private final Path ontology;
    private final Path queries;
    private final Path work;
    private final int scale;
    private final int threads;
    private final int runs;
    private final String heap;

    private BenchService(Builder b) {
        this.corpus = b.corpus;
        this.ontology = b.ontology;
        this.queries = b.queries;
        this.work = Objects.requireNonNull(b.work, "work");
        this.scale = b.scale;
        this.threads = b.threads;
        this.runs = b.runs;
        this.heap = b.heap;
    }

    public static Builder builder() {
        return new Builder();
    }

    public void run(PrintStream out) throws GraphException, StoreException {
        BenchTable table = new BenchTable(out);
        table.note(String.format(Locale.ROOT, "Machine: %d cores, Java %s (%s), %s %s; bench JVM max heap %d MB; "
                + "child builds -Xmx%s.%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20, heap));
        Path scaled = work.resolve("corpus");
        long bytes = ScaleCorpus.generate(corpus, scale, scaled);
        int documents = CorpusReader.builder().build().files(List.of(scaled)).size();
        table.header();
        table.row("scale corpus", String.format(Locale.ROOT, "%d × %s = %d documents, %.1f MB", scale, corpus, documents,
                bytes / 1e6));
        extraction(table, scaled);
        builds(table, scaled);
        latencies(table, "data/corpus graph", Store.at(work.resolve("store-corpus")), 100);
        latencies(table, "scale graph", Store.at(work.resolve("store-scale")), 2000);
    }

    private void extraction(BenchTable table, Path scaled) throws GraphException {
        Model model = Ontology.load(ontology);
        Lexicon lexicon = OntologyLexicon.from(model);
        Throughput throughput = new Throughput(Extractor.builder().lexicon(lexicon).build(), lexicon);
        // Warm up the JIT (and the page cache) with one pass over the scale corpus on all threads
        // and one on a single thread, so that no measurement counts the compiler's work. One pass
        // is not enough: after it, three passes on one thread in the same JVM ran 8.5, 9.4 and 9.5
        // MB/s. Each rate is then the median of three passes, as this machine varies from run to
        // run by several per cent.
        throughput.extraction(scaled, threads, 1);
        throughput.extraction(scaled, 1, 1);
        Throughput.Rate one = throughput.extraction(scaled, 1, PASSES);
        table.atLeast("extraction, 1 thread (read → findings; median of " + PASSES + " passes)", one.megabytesPerSecond(),
                "MB/s", 10);
        table.atLeast("extraction, 1 thread, by thread CPU time", one.megabytesPerCpuSecond(), "MB/s", 10);
        table.row("extraction, 1 thread, sentences", BenchTable.number(one.sentencesPerSecond()) + " sentences/s");
        Throughput.Rate all = throughput.extraction(scaled, threads, PASSES);
        table.row("extraction, " + threads + " threads (median of " + PASSES + " passes)",
                BenchTable.number(all.megabytesPerSecond()) + " MB/s, " + BenchTable.number(all.sentencesPerSecond())
                + " sentences/s");
        table.atLeast("extraction, " + threads + " threads, per core", all.megabytesPerSecond() / threads, "MB/s", 10);
        table.atLeast("extraction speed-up, " + threads + " threads vs 1", all.megabytesPerSecond()
                / one.megabytesPerSecond(), "×", threads >= 2 ? 1.7 : 1);
        throughput.mentionMatching(corpus, 5_000_000);
        Throughput.Rate mentions = throughput.mentionMatching(corpus, 50_000_000);
        table.atLeast("mention matching alone, 1 thread (tokenise + lexicon)", mentions.megabytesPerSecond(), "MB/s", 50);
        table.atLeast("mention matching alone, by thread CPU time", mentions.megabytesPerCpuSecond(), "MB/s", 50);
    }

    private void builds(BenchTable table, Path scaled) {
        ChildBuild child = new ChildBuild(heap);
        List<String> corpusBuild = List.of("build", "--quiet", "--full", "--corpus", corpus.toString(),
                "--ontology", ontology.toString(), "--queries", queries.toString(),
                "--store", work.resolve("store-corpus").toString());
        child.launch(corpusBuild); // untimed: the launcher's first run after a jar build writes its CDS archive
        double[] walls = new double[3];
        for (int i = 0; i < walls.length; i++) {
            walls[i] = child.launch(corpusBuild).wallSeconds();
        }
        Arrays.sort(walls);
        table.atMost("build of " + corpus + " with JVM start (" + child.launcherName() + ", median of 3)", walls[1], "s",
                2);
        ChildBuild.Result full = child.probe(scaled, ontology, work.resolve("store-scale"), threads, true);
        table.row("full build of the scale corpus, wall (child JVM)", BenchTable.number(full.wallSeconds()) + " s ("
                + BenchTable.number(full.number("bytes") / 1e6 / full.number("seconds")) + " MB/s end to end, "
                + (long) full.number("triples") + " triples)");
        table.atMost("full build of the scale corpus, peak heap", full.number("peakHeapMB"), "MB", 1024);
        table.atLeast("quads/s into TDB2 (writer's CPU time in TDB2, and the commit)", full.number("quads")
                / (full.number("writingCpu") + full.number("commit")), "quads/s", 150_000);
        table.row("quads/s into TDB2 (writer's clock time in TDB2, and the commit)", BenchTable.number(full.number("quads")
                / (full.number("writing") + full.number("commit"))) + " quads/s");
        table.row("full build phases", String.format(Locale.ROOT,
                "setup %.1f s, extraction %.1f s (summed over threads), writing %.1f s (CPU %.1f s), commit %.1f s, "
                        + "inference %.1f s, counting %.1f s",
                full.number("setup"), full.number("extraction"), full.number("writing"), full.number("writingCpu"),
                full.number("commit"), full.number("inference"), full.number("counting")));
        Path changed = firstFile(scaled);
        touch(changed);
        ChildBuild.Result update = child.probe(scaled, ontology, work.resolve("store-scale"), threads, false);
        table.atMost("incremental build, one document changed (% of full build's wall)",
                100 * update.wallSeconds() / full.wallSeconds(), "%", 10);
        table.row("incremental build, wall", BenchTable.number(update.wallSeconds()) + " s (" + update.values().get("mode")
                + ", " + update.values().get("extracted") + " extracted; setup " + update.values().get("setup")
                + " s, inference " + update.values().get("inference") + " s, commit " + update.values().get("commit")
                + " s)");
    }

    private void latencies(BenchTable table, String graph, Store store, double targetMillis) throws StoreException {
        List<QueryLatency.Latency> all = QueryLatency.measure(store, queries, runs);
        for (QueryLatency.Latency latency : all) {
            table.atMost(latency.query() + " on the " + graph + ", p95 (median " + BenchTable.number(latency.medianMillis())
                    + " ms, " + latency.runs() + " runs)", latency.p95Millis(), "ms", targetMillis);
        }
    }

    private static Path firstFile(Path root) {
        return CorpusReader.builder().build().files(List.of(root)).get(0);
    }

    /** Changes one document as an author would: one more sentence at its end. */
    private static void touch(Path file) {
        try {
            Files.writeString(file, "\nIn rats, ketamine increased BDNF in the hippocampus within 24 hours.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private Path corpus = Path.of("data", "corpus");
        private Path ontology = Path.of("ontology");
        private Path queries = Path.of("queries");
        private Path work = Path.of("target", "bench");
        private int scale = 500;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int runs = 20;
        private String heap = "1g";

        public Builder corpus(Path corpus) {
            this.corpus = corpus;
            return this;
        }

        public Builder ontology(Path ontology) {
            this.ontology = ontology;
            return this;
        }

        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        /** Folder for the scale corpus and the benchmark's stores; replaced on every run. */
        public Builder work(Path work) {
            this.work = work;
            return this;
        }

        public Builder scale(int scale) {
            this.scale = positive(scale, "scale");
            return this;
        }

        public Builder threads(int threads) {
            this.threads = positive(threads, "threads");
            return this;
        }

        public Builder runs(int runs) {
            this.runs = positive(runs, "runs");
            return this;
        }

        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return value;
        }

        public BenchService build() {
            return new BenchService(this);
        }
    }
}
