package org.npkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.FindingGraph;
import org.npkg.graph.GraphException;
import org.npkg.graph.Inference;
import org.npkg.graph.Iris;
import org.npkg.graph.Ontology;
import org.npkg.graph.Rules;
import org.npkg.store.Store;
import org.npkg.store.StoreException;
import org.npkg.vocabulary.NP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the knowledge graph: reads the ontology and rules (any error stops the build before the
 * store is touched), then reads, extracts and writes each document into its own named graph of a
 * new store, which replaces the old one only when complete. Last, the inference rules materialise
 * their closure into a graph of its own ({@link Inference}). A document that cannot be read is
 * skipped with a warning naming it; the rest builds.
 */
public final class BuildService {

    private static final Logger LOG = LoggerFactory.getLogger(BuildService.class);

    private final List<Path> corpora;
    private final Path ontologyDir;
    private final Store store;

    private BuildService(Builder builder) {
        this.corpora = List.copyOf(builder.corpora);
        this.ontologyDir = Objects.requireNonNull(builder.ontology, "ontology");
        this.store = Store.at(Objects.requireNonNull(builder.store, "store"));
    }

    public static Builder builder() {
        return new Builder();
    }

    public BuildReport run() throws GraphException, StoreException {
        long started = System.nanoTime();
        Model ontology = Ontology.load(ontologyDir);
        Rules rules = Rules.load(ontologyDir.resolve("rules"));
        Inference inference = Inference.load(ontologyDir);
        Extractor extractor = Extractor.builder().lexicon(OntologyLexicon.from(ontology)).build();
        CorpusReader reader = CorpusReader.builder().build();
        Tally tally = new Tally();
        store.rebuild(dataset -> {
            Txn.executeWrite(dataset, () -> dataset.addNamedModel(NP.ontologyGraph.getURI(), ontology));
            Set<String> ids = new HashSet<>();
            for (Path root : corpora) {
                for (Path file : reader.files(List.of(root))) {
                    build(dataset, reader, extractor, rules, ontology, root, file, ids, tally);
                }
            }
            Txn.executeWrite(dataset, () -> inference.materialise(dataset));
            tally.triples = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildReport(tally.documents, tally.sentences, tally.mentions, tally.findings, tally.triples, seconds,
                List.copyOf(tally.warnings));
    }

    private static void build(Dataset dataset, CorpusReader reader, Extractor extractor, Rules rules, Model ontology,
            Path root, Path file, Set<String> ids, Tally tally) {
        Document document;
        try {
            document = reader.read(root, file);
        } catch (CorpusException e) {
            LOG.warn("skipped {}", e.getMessage());
            tally.warnings.add("skipped " + e.getMessage());
            return;
        }
        if (!ids.add(document.id())) {
            tally.warnings.add("skipped " + file + ": another document already has the id " + document.id());
            return;
        }
        DocumentExtraction extraction = extractor.extract(document);
        Model graph = FindingGraph.of(extraction);
        rules.apply(graph, ontology);
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Iris.document(document.id()).getURI(), graph));
        tally.documents++;
        tally.sentences += extraction.sentences().size();
        tally.mentions += extraction.mentionCount();
        tally.findings += extraction.findingCount();
        LOG.info("{}: {} sentences, {} findings", document.path(), extraction.sentences().size(),
                extraction.findingCount());
    }

    /** Running counts of one build. */
    private static final class Tally {
        int documents;
        int sentences;
        int mentions;
        int findings;
        long triples;
        final List<String> warnings = new ArrayList<>();
    }

    public static final class Builder {
        private final List<Path> corpora = new ArrayList<>();
        private Path ontology = Path.of("ontology");
        private Path store = Store.DEFAULT_DIR;

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

        public BuildService build() {
            if (corpora.isEmpty()) {
                corpora.add(Path.of("data", "corpus"));
            }
            return new BuildService(this);
        }
    }
}
