package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.explain.ExplainService;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Finding;
import org.npkg.extract.Mention;
import org.npkg.extract.SentenceAnalysis;
import org.npkg.vocabulary.NP;

/** {@code npkg explain} prints every layer the extractor made, and only that. */
class ExplainCommandTest {

    private static final String TEXT = "Ketamine increased BDNF in the rat hippocampus within 24 h. "
            + "Psilocybin may not alter TrkB.";
    private static ExplainService service;

    @BeforeAll
    static void load() throws Exception {
        service = ExplainService.builder().ontology(Path.of("ontology")).build();
    }

    private static String curie(String iri) {
        return NP.PREFIX + ":" + iri.substring(NP.NS.length());
    }

    @Test
    void everyMentionAndFindingOfTheExtractorIsShown() {
        DocumentExtraction expected = service.text(TEXT);
        assertTrue(expected.findingCount() > 0, "the example must yield findings");
        CliRun run = CliRun.of("explain", TEXT);
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().startsWith("text: " + expected.sentences().size() + " sentences, "
                + expected.mentionCount() + " mentions, " + expected.findingCount() + " findings"), run.toString());
        for (SentenceAnalysis sentence : expected.sentences()) {
            assertTrue(run.out().contains("  " + sentence.sentence().display() + "\n"), sentence.sentence().display());
            for (Mention m : sentence.mentions()) {
                assertTrue(run.out().contains("→ " + curie(m.concept().iri()) + " (" + m.concept().label() + ")"), m.toString());
                assertTrue(run.out().contains("label \"" + m.matched() + "\""), m.matched());
            }
            for (Finding f : sentence.findings()) {
                String line = curie(f.subject().iri()) + " (" + f.subject().label() + ") " + f.relation().localName() + " "
                        + curie(f.object().iri());
                assertTrue(run.out().contains(line), line + " in\n" + run.out());
                assertTrue(run.out().contains("polarity: " + (f.negated() ? "negated" : "affirmed")
                        + "; certainty: " + (f.hedged() ? "hedged" : "asserted")), run.out());
            }
            sentence.cues().forEach(c -> assertTrue(run.out().contains(c.kind().name().toLowerCase() + " [" + c.start()
                    + "," + c.end() + ")"), c.toString()));
            sentence.spans().forEach(t -> assertTrue(run.out().contains("\"" + t.text() + "\" →"), t.toString()));
        }
    }

    @Test
    void aFileIsExplainedWithItsHeadingsAsTopics() {
        CliRun run = CliRun.of("explain", "--file", "src/test/resources/graph/sample.md");
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().startsWith("sample.md: "), run.toString());
        assertTrue(run.out().contains(" in Ketamine\n"), "the section is shown\n" + run.out());
    }

    @Test
    void aLoneShortLineIsAHeadingAndTheOutputSaysSo() {
        CliRun run = CliRun.of("explain", "Ketamine increases BDNF");
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().contains("heading"), run.toString());
        assertFalse(run.out().contains("Sentence 1"), run.toString());
    }

    @Test
    void textOrFileIsRequiredButNotBoth() {
        CliRun neither = CliRun.of("explain");
        assertEquals(ExitCode.USAGE.code(), neither.code(), neither.toString());
        assertTrue(neither.err().startsWith("npkg: error[usage]: "), neither.toString());
        assertEquals(ExitCode.USAGE.code(), CliRun.of("explain", "x.", "--file", "y.txt").code());
    }

    @Test
    void aMissingFileOrBrokenOntologyIsBadInput(@TempDir Path temp) throws Exception {
        CliRun missing = CliRun.of("explain", "--file", temp.resolve("nope.md").toString());
        assertEquals(ExitCode.USAGE.code(), missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("npkg: error[corpus]: "), missing.toString());
        Files.writeString(temp.resolve("core.ttl"), "@prefix np: <" + NP.NS + "> .\nnp:X np:y .\n");
        CliRun broken = CliRun.of("explain", "--ontology", temp.toString(), "Ketamine works.");
        assertEquals(ExitCode.USAGE.code(), broken.code(), broken.toString());
        assertTrue(broken.err().contains("core.ttl:2:"), broken.toString());
    }
}
