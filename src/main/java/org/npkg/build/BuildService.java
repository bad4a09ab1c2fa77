package org.npkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
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
 * in a copy of the database ({@link Store#update}). Either way the live store changes only by
 * the atomic swap of a complete database, and the result is the graph a full build would give.
 */
public final class BuildService {

    /** Quads per write transaction: large enough that commits are rare, small enough for 1 GB of heap. */
    private static final long BATCH = 200_000;

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

    private BuildReport runLocked() throws GraphException, StoreException {
        long started = System.nanoTime();
        Model ontology = Ontology.load(ontologyDir);
        Rules rules = Rules.load(ontologyDir.resolve("rules"));
        Inference inference = Inference.load(ontologyDir);
        String configuration = Fingerprint.ofConfiguration(ontologyDir);
        Extractor extractor = Extractor.builder().lexicon(OntologyLexicon.from(ontology)).build();
        CorpusReader reader = CorpusReader.builder().build();
        List<SourceFile> files = files(reader);
        Optional<Manifest> previous = full || !store.exists() ? Optional.empty()
                : Manifest.read(store.dir()).filter(m -> m.configuration().equals(configuration));
        Run run = new Run(files, previous, started);
        if (previous.isPresent() && unchanged(previous.get(), files, reader)) {
            return run.unchanged(previous.get());
        }
        DocumentWork work = new DocumentWork(reader, extractor, rules, ontology,
                previous.map(Manifest::bySource).orElse(Map.of()));
        if (previous.isPresent()) {
            store.update((dataset, dir) -> run.write(dataset, dir, work, inference, null, configuration));
        } else {
            store.rebuild((dataset, dir) -> run.write(dataset, dir, work, inference, ontology, configuration));
        }
        return run.report();
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

    /** True when the files are exactly the ones the store was built from, byte for byte. */
    private boolean unchanged(Manifest manifest, List<SourceFile> files, CorpusReader reader) {
        Map<String, ManifestEntry> before = manifest.bySource();
        if (before.size() != files.size()) {
            return false;
        }
        List<Boolean> same = new ArrayList<>();
        new OrderedPipeline(threads).run(files, source -> {
            ManifestEntry entry = before.get(source.source());
            try {
                return entry != null && entry.sha256().equals(Fingerprint.of(reader.bytes(source.file())));
            } catch (CorpusException e) {
                return false;
            }
        }, (source, result) -> same.add(result));
        return !same.contains(false);
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

        /** {@code ontology} is null for an update: the database already holds it, unchanged. */
        void write(Dataset dataset, Path dir, DocumentWork work, Inference inference, Model ontology,
                String configuration) {
            setup = (System.nanoTime() - started) / 1e9;
            if (ontology != null) {
                Txn.executeWrite(dataset, () -> dataset.addNamedModel(NP.ontologyGraph.getURI(), ontology));
            }
            writer = new GraphWriter(dataset.asDatasetGraph(), BATCH);
            sink = new DocumentSink(writer, previous.isPresent(), progress);
            progress.started(files.size(), bytes);
            try {
                new OrderedPipeline(threads).run(files, source -> timed(work, source), sink::accept);
                removeGraphsOfVanishedDocuments();
                writer.close();
            } catch (RuntimeException | Error e) {
                writer.abort();
                throw e;
            } finally {
                progress.finished();
            }
            long inferenceStart = System.nanoTime();
            Txn.executeWrite(dataset, () -> inference.materialise(dataset));
            long countStart = System.nanoTime();
            triples = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
            countingSeconds = (System.nanoTime() - countStart) / 1e9;
            inferenceSeconds = (countStart - inferenceStart) / 1e9;
            new Manifest(configuration, triples, sink.entries()).write(dir);
        }

        private Outcome timed(DocumentWork work, SourceFile source) {
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
                    writer.written(), inferenceSeconds, countingSeconds);
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
                    new BuildTimings(seconds(), 0, 0, 0, 0, 0));
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
