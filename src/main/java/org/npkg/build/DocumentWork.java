package org.npkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.corpus.Notice;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Extractor;
import org.npkg.graph.FindingGraph;
import org.npkg.graph.Rules;

/**
 * The work a build does on one file, on any thread: fingerprint it; if the previous build
 * read the same bytes, reuse its graph; otherwise read, extract, write the findings as RDF and
 * derive the direct edges. Everything it shares is immutable; the ontology, which the rules
 * read, is copied once per thread so no model is ever read by two threads at once.
 */
final class DocumentWork {

    /** Warnings printed per document; a corrupt file could otherwise print thousands. */
    static final int MAX_WARNINGS = 10;

    private final CorpusReader reader;
    private final Extractor extractor;
    private final Rules rules;
    private final ThreadLocal<Model> ontology;
    private final Map<String, ManifestEntry> previous;
    private final Map<String, String> fingerprints;

    /**
     * {@code fingerprints}: the SHA-256 of files already hashed by this build, by source; a file
     * whose hash is the one {@code previous} recorded is not read again.
     */
    DocumentWork(CorpusReader reader, Extractor extractor, Rules rules, Model ontology,
            Map<String, ManifestEntry> previous, Map<String, String> fingerprints) {
        this.reader = reader;
        this.extractor = extractor;
        this.rules = rules;
        this.ontology = ThreadLocal.withInitial(() -> copy(ontology));
        this.previous = Map.copyOf(previous);
        this.fingerprints = Map.copyOf(fingerprints);
    }

    Outcome apply(SourceFile source) {
        ManifestEntry before = previous.get(source.source());
        if (before != null && before.sha256().equals(fingerprints.get(source.source()))) {
            return new Outcome.Unchanged(before, size(source));
        }
        byte[] bytes;
        try {
            bytes = reader.bytes(source.file());
        } catch (CorpusException e) {
            return new Outcome.Skipped("skipped " + e.getMessage(), 0);
        }
        String sha256 = Fingerprint.of(bytes);
        if (before != null && before.sha256().equals(sha256)) {
            return new Outcome.Unchanged(before, bytes.length);
        }
        Document document;
        try {
            document = reader.read(source.root(), source.file(), bytes);
        } catch (CorpusException e) {
            return new Outcome.Skipped("skipped " + e.getMessage(), bytes.length);
        }
        DocumentExtraction extraction = extractor.extract(document);
        Model graph = FindingGraph.of(extraction);
        rules.apply(graph, ontology.get());
        ManifestEntry entry = new ManifestEntry(source.source(), document.id(), sha256, extraction.sentences().size(),
                extraction.mentionCount(), extraction.findingCount(), graph.size());
        return new Outcome.Extracted(entry, graph, bytes.length, warnings(source, extraction));
    }

    /** The extraction's notices located in the file, the first {@link #MAX_WARNINGS} of them and a count of the rest. */
    private static List<String> warnings(SourceFile source, DocumentExtraction extraction) {
        List<Notice> notices = extraction.notices();
        List<String> warnings = new ArrayList<>();
        String file = source.file().toString().replace('\\', '/');
        for (Notice notice : notices.subList(0, Math.min(notices.size(), MAX_WARNINGS))) {
            warnings.add(file + ":" + extraction.document().position(notice.offset()) + ": " + notice.message());
        }
        if (notices.size() > MAX_WARNINGS) {
            warnings.add(file + ": " + (notices.size() - MAX_WARNINGS) + " more warnings like these");
        }
        return List.copyOf(warnings);
    }

    private static long size(SourceFile source) {
        try {
            return Files.size(source.file());
        } catch (IOException e) {
            return 0; // only the progress display counts it
        }
    }

    private static Model copy(Model model) {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(model);
        return copy;
    }
}
