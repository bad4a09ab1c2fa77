package org.npkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.npkg.corpus.CorpusException;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Extractor;
import org.npkg.extract.Finding;
import org.npkg.extract.Mention;
import org.npkg.extract.OntologyLexicon;
import org.npkg.extract.SentenceAnalysis;
import org.npkg.extract.time.TimeSpan;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;
import org.npkg.vocabulary.NP;

/**
 * Runs the extractor over the corpus, without a store, and compares what it finds with the
 * gold: findings (subject, relation kind and object in an overlapping sentence), mentions in the
 * gold's finding sentences, sentence boundaries where the gold marks them, and time expressions.
 */
public final class Evaluator {

    private final Path gold;
    private final List<Path> corpora;
    private final Path ontology;

    private Evaluator(Builder builder) {
        this.gold = builder.gold;
        this.corpora = List.copyOf(builder.corpora.isEmpty() ? List.of(Path.of("data", "corpus")) : builder.corpora);
        this.ontology = builder.ontology;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Evaluation run() throws GoldException, GraphException, CorpusException {
        Gold reference = Gold.load(gold);
        Model model = Ontology.load(ontology);
        Extractor extractor = Extractor.builder().lexicon(OntologyLexicon.from(model)).build();
        CorpusReader reader = CorpusReader.builder().build();
        FindingMatcher findings = new FindingMatcher(reference.findings(), OntologyLexicon.facets(model));
        MentionMatcher mentions = new MentionMatcher(reference.mentions(), reference.findings());
        SentenceMatcher sentences = new SentenceMatcher(reference.sentences());
        TimeMatcher times = new TimeMatcher(reference.times());
        Map<String, String> texts = new HashMap<>();
        for (Path root : corpora) {
            for (Path file : reader.files(List.of(root))) {
                Document document = reader.read(root, file);
                texts.put(document.id(), document.text());
                DocumentExtraction extraction = extractor.extract(document);
                for (SentenceAnalysis analysis : extraction.sentences()) {
                    int offset = analysis.sentence().start();
                    String doc = document.id();
                    sentences.predict(doc, document.text(), offset, analysis.sentence().end());
                    for (Mention mention : analysis.mentions()) {
                        mentions.predict(doc, offset + mention.start(), offset + mention.end(), local(mention.concept().iri()));
                    }
                    for (TimeSpan span : analysis.spans()) {
                        times.predict(doc, offset + span.start(), offset + span.end(), span);
                    }
                    for (Finding finding : analysis.findings()) {
                        findings.predict(doc, analysis.sentence(), finding);
                    }
                }
            }
        }
        FindingMatcher.Scores found = findings.finish(texts);
        return new Evaluation(found.score(), found.byRelation(), found.byFacet(), mentions.score(), sentences.score(),
                times.score(), times.exactShare(), found.polarityRight(), found.certaintyRight(), found.onsetRight(), found.misses());
    }

    static String local(String iri) {
        return iri.startsWith(NP.NS) ? iri.substring(NP.NS.length()) : iri;
    }

    public static final class Builder {
        private Path gold = Path.of("data", "gold");
        private final List<Path> corpora = new ArrayList<>();
        private Path ontology = Path.of("ontology");

        public Builder gold(Path dir) {
            this.gold = dir;
            return this;
        }

        public Builder corpus(Path dir) {
            corpora.add(dir);
            return this;
        }

        public Builder ontology(Path dir) {
            this.ontology = dir;
            return this;
        }

        public Evaluator build() {
            return new Evaluator(this);
        }
    }
}
