package org.npkg.explain;

import java.nio.file.Path;
import java.util.Objects;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Extractor;
import org.npkg.extract.OntologyLexicon;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;

/**
 * Runs the extractor on a piece of text or one file, the way a build would, and hands back every
 * layer it made: sentences, mentions, triggers, cues, time spans and findings. No store is read
 * or written, so a curator can try a new label in seconds.
 */
public final class ExplainService {

    /** The name text given on the command line goes by. */
    public static final String TEXT_NAME = "text";

    private final Extractor extractor;
    private final CorpusReader reader = CorpusReader.builder().build();

    private ExplainService(Extractor extractor) {
        this.extractor = extractor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Explains text as a plain-text report (a short line standing alone is a heading). */
    public DocumentExtraction text(String text) {
        return extractor.extract(reader.readPlainText(TEXT_NAME, text));
    }

    /** Explains one report file, Markdown or plain text by its extension. */
    public DocumentExtraction file(Path file) throws CorpusException {
        Path abs = file.toAbsolutePath();
        return extractor.extract(reader.read(abs.getParent(), abs));
    }

    public static final class Builder {
        private Path ontology = Path.of("ontology");

        public Builder ontology(Path dir) {
            this.ontology = Objects.requireNonNull(dir, "ontology");
            return this;
        }

        /** Reads the ontology; a syntax error in it is reported with file, line and column. */
        public ExplainService build() throws GraphException {
            var lexicon = OntologyLexicon.from(Ontology.load(ontology));
            return new ExplainService(Extractor.builder().lexicon(lexicon).build());
        }
    }
}
