package org.npkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.GraphException;
import org.npkg.graph.Inference;
import org.npkg.graph.Iris;
import org.npkg.graph.Ontology;
import org.npkg.graph.Rules;
import org.npkg.store.Store;
import org.npkg.store.StoreException;
import org.npkg.store.StoreLock;
import org.npkg.vocabulary.NP;

/**
 * Builds the knowledge graph: reads the ontology and rules (any error stops the build before the
 * store is touched), then reads, extracts and writes each document into its own named graph,
 * and last materialises the closure rules into a graph of their own ({@link Inference}). A
 * document that cannot be read is skipped with a warning naming it; the rest builds.
 *
 * <p>Documents are extracted on a pool of threads and written by one writer in corpus order
 * ({@link OrderedPipeline}), a bounded number in memory at a time. The store records what it
 * was built from ({@link Manifest}); when the ontology, rules and extractor are the same as last
 * time, only the documents whose bytes changed are extracted again, and their graphs replaced,
 * in the live database within one write transaction ({@link Store#update}). Either way the
 * store changes all at once — by the swap of a complete database, or by TDB2's commit — and the
 * result is the graph a full build would give.
 */
public final class BuildService {

    private final List<Path> corpora;
    private final Path ontologyDir;
    private final Store store;
    private final int threads;
    private final boolean full;
    private final BuildProgress progress;

    private BuildService(Builder builder) {
        this.corpora = List.copyOf(builder.corpora);
        this.ontologyDir = Objects.requireNonNull(builder.ontology, "ontology");
        this.store = Store.at(Objects.requireNonNull(builder.store, "store"));
        this.threads = builder.threads;
        this.full = builder.full;
        this.progress = builder.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the build, holding the store exclusively ({@link Store#lockExclusive}) from the first
     * look at its manifest to the swap, so another npkg process fails with {@code store-in-use}
     * rather than building or reading beside it.
     */
    public BuildReport run() throws GraphException, StoreException {
        try (StoreLock lock = store.lockExclusive()) {
            return runLocked();
        }
    }

    /**
     * Builds what changed. The ontology, rules and extractor are read only when something is to
     * be extracted: when the configuration's fingerprint and every file's are those of the last
     * build, the files are byte for byte the ones that built it, so they parse, and nothing is
     * done beyond hashing the corpus.
     */
    private BuildReport runLocked() throws GraphException, StoreException {
        long started = System.nanoTime();
        String configuration = Fingerprint.ofConfiguration(ontologyDir);
        CorpusReader reader = CorpusReader.builder().build();
        List<SourceFile> files = files(reader);
        Optional<Manifest> previous = full || !store.exists() ? Optional.empty()
                : Manifest.read(store.dir()).filter(m -> m.configuration().equals(configuration));
        Map<String, String> fingerprints = previous.isPresent() ? fingerprints(files, reader) : Map.of();
        Run run = new Run(files, previous, started);
        if (previous.isPresent() && unchanged(previous.get(), files, fingerprints)) {
            return run.unchanged(previous.get());
        }
        Model ontology = Ontology.load(ontologyDir);
        Rules rules = Rules.load(ontologyDir.resolve("rules"));
        Inference inference = Inference.load(ontologyDir);
        Extractor extractor = Extractor.builder().lexicon(OntologyLexicon.from(ontology)).build();
        DocumentWork work = new DocumentWork(reader, extractor, rules, ontology,
                previous.map(Manifest::bySource).orElse(Map.of()), fingerprints);
        // Extraction starts before the database is opened, so the workers are busy meanwhile.
        try (OrderedPipeline.Started<SourceFile, Outcome> extraction = new OrderedPipeline(threads).start(files,
                source -> run.timed(work, source))) {
            if (previous.isPresent()) {
                update(run, extraction, inference, previous.get(), configuration, fingerprints);
            } else {
                store.rebuild((dataset, dir) -> {
                    Txn.executeWrite(dataset, () -> run.write(dataset, extraction, inference, ontology));
                    run.committed();
                    run.manifest(configuration).write(dir);
                });
            }
        }
        return run.report();
    }

    /**
     * Changes the live database in one transaction ({@link Store#update}). Before it starts, the
     * manifest beside the database marks every document about to change as stale, and after the
     * commit it is written whole again: a process that dies in between leaves those documents
     * marked, so the next build extracts them again whether or not the commit happened, and
     * trusts only entries that are true of the database either way. A writer that fails before
     * the commit leaves the database as it was, so the previous manifest goes back.
     */
    private void update(Run run, OrderedPipeline.Started<SourceFile, Outcome> extraction, Inference inference,
            Manifest previous, String configuration, Map<String, String> fingerprints) throws StoreException {
        previous.staleUnless(fingerprints).write(store.dir());
        try {
            store.update((dataset, dir) -> run.write(dataset, extraction, inference, null));
        } catch (StoreException | RuntimeException | Error e) {
            if (!run.written()) {
                previous.write(store.dir());
            }
            throw e;
        }
        run.committed();
        run.manifest(configuration).write(store.dir());
    }

    private List<SourceFile> files(CorpusReader reader) {
        List<SourceFile> files = new ArrayList<>();
        for (Path root : corpora) {
            for (Path file : reader.files(List.of(root))) {
                files.add(new SourceFile(root, file));
            }
        }
        return files;
    }

    /** The SHA-256 of every readable file, by source, hashed on the extraction threads. */
    private Map<String, String> fingerprints(List<SourceFile> files, CorpusReader reader) {
        Map<String, String> fingerprints = new HashMap<>();
        new OrderedPipeline(threads).run(files, source -> {
            try {
                return Fingerprint.of(reader.bytes(source.file()));
            } catch (CorpusException e) {
                return null; // reported when the file is read for extraction
            }
        }, (source, sha256) -> {
            if (sha256 != null) {
                fingerprints.put(source.source(), sha256);
            }
        });
        return fingerprints;
    }

    /** True when the files are exactly the ones the store was built from, byte for byte. */
    private static boolean unchanged(Manifest manifest, List<SourceFile> files, Map<String, String> fingerprints) {
        Map<String, ManifestEntry> before = manifest.bySource();
        if (before.size() != files.size()) {
            return false;
        }
        for (SourceFile source : files) {
            ManifestEntry entry = before.get(source.source());
            if (entry == null || !entry.sha256().equals(fingerprints.get(source.source()))) {
                return false;
            }
        }
        return true;
    }

    /** One build's writing side and its tallies. */
    private final class Run {
        private final List<SourceFile> files;
        private final Optional<Manifest> previous;
        private final long started;
        private final AtomicLong extractionNanos = new AtomicLong();
        private double setup;
        private DocumentSink sink;
        private GraphWriter writer;
        private double inferenceSeconds;
        private double countingSeconds;
        private double commitSeconds;
        private long writeEnd;
        private boolean written;
        private long triples;
        private long bytes;

        Run(List<SourceFile> files, Optional<Manifest> previous, long started) {
            this.files = files;
            this.previous = previous;
            this.started = started;
            this.setup = (System.nanoTime() - started) / 1e9;
            for (SourceFile file : files) {
                try {
                    bytes += Files.size(file.file());
                } catch (IOException e) {
                    // an unreadable file is reported when it is read
                }
            }
        }

        /**
         * Writes the documents, then the inferred graph, inside the caller's write transaction.
         * {@code ontology} is null for an update: the database already holds it, unchanged.
         */
        void write(Dataset dataset, OrderedPipeline.Started<SourceFile, Outcome> extraction, Inference inference,
                Model ontology) {
            setup = (System.nanoTime() - started) / 1e9;
            DatasetGraph dsg = dataset.asDatasetGraph();
            writer = new GraphWriter(dsg, previous.isEmpty());
            if (ontology != null) {
                writer.addOther(NP.ontologyGraph.asNode(), ontology);
            }
            sink = new DocumentSink(writer, previous.isPresent(), progress);
            progress.started(files.size(), bytes);
            try {
                extraction.forEach(sink::accept);
                removeGraphsOfVanishedDocuments();
                writer.flush();
            } finally {
                progress.finished();
            }
            long inferenceStart = System.nanoTime();
            inference.materialise(dataset);
            long countStart = System.nanoTime();
            triples = count(dsg);
            writeEnd = System.nanoTime();
            countingSeconds = (writeEnd - countStart) / 1e9;
            inferenceSeconds = (countStart - inferenceStart) / 1e9;
            written = true;
        }

        /**
         * The store's quads, counted from what this build knows it holds rather than by reading
         * the whole store back: each document graph's size (kept in the manifest, also for the
         * documents an update did not touch), plus the two graphs that are not documents.
         */
        private long count(DatasetGraph dsg) {
            long count = dsg.getDefaultGraph().size() + dsg.getGraph(NP.ontologyGraph.asNode()).size()
                    + dsg.getGraph(NP.inferredGraph.asNode()).size();
            for (ManifestEntry entry : sink.entries()) {
                count += entry.triples();
            }
            return count;
        }

        boolean written() {
            return written;
        }

        /** Called once the transaction is committed: the rest of the writing time is the commit's. */
        void committed() {
            commitSeconds = (System.nanoTime() - writeEnd) / 1e9;
        }

        Manifest manifest(String configuration) {
            return new Manifest(configuration, triples, sink.entries());
        }

        Outcome timed(DocumentWork work, SourceFile source) {
            long start = System.nanoTime();
            try {
                return work.apply(source);
            } finally {
                extractionNanos.addAndGet(System.nanoTime() - start);
            }
        }

        private void removeGraphsOfVanishedDocuments() {
            Set<String> kept = sink.ids();
            Set<String> removed = new HashSet<>();
            previous.ifPresent(m -> m.documents().forEach(e -> {
                if (!kept.contains(e.id()) && removed.add(e.id())) {
                    writer.remove(Iris.document(e.id()).asNode());
                }
            }));
        }

        BuildReport report() {
            BuildTimings timings = new BuildTimings(setup, extractionNanos.get() / 1e9, writer.seconds(),
                    writer.cpuSeconds(), writer.written(), inferenceSeconds, countingSeconds, commitSeconds);
            return new BuildReport(sink.entries().size(), sink.sentences(), sink.mentions(), sink.findings(), triples,
                    seconds(), sink.warnings(), previous.isPresent() ? BuildMode.INCREMENTAL : BuildMode.FULL,
                    sink.extracted(), bytes, threads, timings);
        }

        BuildReport unchanged(Manifest manifest) {
            int sentences = 0;
            int mentions = 0;
            int findings = 0;
            for (ManifestEntry e : manifest.documents()) {
                sentences += e.sentences();
                mentions += e.mentions();
                findings += e.findings();
            }
            return new BuildReport(manifest.documents().size(), sentences, mentions, findings, manifest.triples(),
                    seconds(), List.of(), BuildMode.UNCHANGED, 0, bytes, threads,
                    new BuildTimings(seconds(), 0, 0, 0, 0, 0, 0, 0));
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    public static final class Builder {
        private final List<Path> corpora = new ArrayList<>();
        private Path ontology = Path.of("ontology");
        private Path store = Store.DEFAULT_DIR;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean full;
        private BuildProgress progress = BuildProgress.NONE;

        public Builder corpus(Path dir) {
            corpora.add(dir);
            return this;
        }

        public Builder ontology(Path dir) {
            this.ontology = dir;
            return this;
        }

        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        /** Threads that extract documents (default: one per core); one more thread writes. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Extract every document again, even when the store says it has not changed. */
        public Builder full(boolean full) {
            this.full = full;
            return this;
        }

        public Builder progress(BuildProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public BuildService build() {
            if (corpora.isEmpty()) {
                corpora.add(Path.of("data", "corpus"));
            }
            return new BuildService(this);
        }
    }
}
