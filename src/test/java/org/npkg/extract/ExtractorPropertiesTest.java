package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.npkg.corpus.Adversarial;
import org.npkg.corpus.CorpusReader;
import org.npkg.corpus.Document;
import org.npkg.graph.Ontology;
import org.npkg.text.Sentence;
import org.npkg.text.SentenceSplitter;

/**
 * Whatever the report says, extraction under the real ontology does not throw, every sentence
 * lies inside the document, and every finding joins mentions of its own sentence.
 */
class ExtractorPropertiesTest {

    private static Extractor extractor;
    private final CorpusReader reader = CorpusReader.builder().build();

    @BeforeContainer
    static void loadOntology() throws Exception {
        extractor = Extractor.builder().lexicon(OntologyLexicon.from(Ontology.load(Path.of("ontology")))).build();
    }

    @Provide
    Arbitrary<String> reports() {
        return Adversarial.claims(30);
    }

    @Property
    void extractionStaysInsideTheDocument(@ForAll("reports") String text) {
        Document document = reader.readPlainText("fuzz.txt", text);
        DocumentExtraction extraction = extractor.extract(document);
        for (SentenceAnalysis analysis : extraction.sentences()) {
            Sentence sentence = analysis.sentence();
            assertTrue(0 <= sentence.start() && sentence.start() <= sentence.end()
                    && sentence.end() <= document.text().length(), sentence.toString());
            assertEquals(sentence.end() - sentence.start(), sentence.text().length());
            assertTrue(sentence.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            for (Mention mention : analysis.mentions()) {
                assertTrue(0 <= mention.start() && mention.end() <= sentence.text().length(), mention.toString());
            }
            var named = analysis.mentions().stream().map(Mention::concept).toList();
            for (Finding finding : analysis.findings()) {
                assertTrue(named.contains(finding.object()), finding + " has an object the sentence names");
                assertTrue(finding.subjectInferred() || named.contains(finding.subject()), finding.toString());
                assertTrue(0 <= finding.triggerStart() && finding.triggerStart() <= finding.triggerEnd()
                        && finding.triggerEnd() <= sentence.text().length(), finding.toString());
            }
        }
        Statistics.collect(extraction.findingCount() > 0 ? "findings" : "none");
        Statistics.coverage(c -> c.check("findings").percentage(p -> p > 50));
    }
}
