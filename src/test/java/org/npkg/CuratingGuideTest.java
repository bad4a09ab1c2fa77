package org.npkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.build.BuildService;
import org.npkg.explain.ExplainService;
import org.npkg.explain.ExplainWriter;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Finding;
import org.npkg.extract.Mention;
import org.npkg.store.Store;
import org.npkg.validate.Validation;
import org.npkg.validate.ValidateService;
import org.npkg.vocabulary.NP;

/**
 * Follows CURATING.md on a copy of the ontology: appends the guide's Turtle blocks to the files
 * it names, validates, explains the guide's sentence, builds a one-report corpus and finds the new
 * concepts in the graph. No code changes between "before" and "after": only the Turtle.
 */
class CuratingGuideTest {

    private static final Pattern APPEND = Pattern.compile(
            "<!-- curating-test: append to (\\S+) -->\\s*```turtle\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPLAIN = Pattern.compile(
            "<!-- curating-test: explain -->\\s*```console\\n\\$ \\./npkg explain \"([^\"]+)\"\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path temp;
    private static Path ontology;
    private static Map<String, String> blocks;
    private static String sentence;
    private static List<String> shownLines;

    @BeforeAll
    static void followTheGuide() throws Exception {
        String guide = Files.readString(Path.of("CURATING.md"));
        blocks = new LinkedHashMap<>();
        Matcher m = APPEND.matcher(guide);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        Matcher e = EXPLAIN.matcher(guide);
        assertTrue(e.find(), "CURATING.md has an explain example");
        sentence = e.group(1);
        shownLines = e.group(2).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        ontology = TestFiles.copyTree(Path.of("ontology"), temp.resolve("ontology"));
    }

    private static void append() throws Exception {
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            Path file = ontology.resolve(block.getKey());
            assertTrue(Files.isRegularFile(file), "the guide names an existing file: " + block.getKey());
            Files.writeString(file, "\n" + block.getValue(), StandardOpenOption.APPEND);
        }
    }

    private static List<String> conceptsIn(DocumentExtraction extraction) {
        List<String> found = new ArrayList<>();
        extraction.sentences().forEach(s -> s.mentions().stream().map(Mention::concept)
                .forEach(c -> found.add(c.iri())));
        return found;
    }

    @Test
    void theGuideAddsAConceptToEachFacetFileAndANewConceptIsFoundWithoutACodeChange() throws Exception {
        assertEquals(List.of("interventions.ttl", "mechanisms.ttl", "regions.ttl"), List.copyOf(blocks.keySet()));

        // Before: the sentence names nothing but the species.
        DocumentExtraction before = ExplainService.builder().ontology(ontology).build().text(sentence);
        assertEquals(List.of(NP.resource("Rat").getURI()), conceptsIn(before));

        append();

        // validate: clean.
        Validation validation = ValidateService.builder().ontology(ontology).store(temp.resolve("no-store")).build().run();
        assertTrue(validation.isValid(), validation.lint().issues().toString());
        assertEquals(List.of(), validation.lint().issues());

        // explain: the new concepts are found, with a finding about them, and the lines the guide shows are printed.
        DocumentExtraction after = ExplainService.builder().ontology(ontology).build().text(sentence);
        List<String> concepts = conceptsIn(after);
        for (String name : List.of("Tianeptine", "P11", "LateralHabenula")) {
            assertTrue(concepts.contains(NP.resource(name).getURI()), name + " in " + concepts);
        }
        Finding finding = after.sentences().get(0).findings().stream()
                .filter(f -> f.subject().iri().equals(NP.resource("Tianeptine").getURI())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding with tianeptine: " + after));
        assertEquals(NP.resource("P11").getURI(), finding.object().iri());
        assertTrue(finding.regions().stream().anyMatch(r -> r.iri().equals(NP.resource("LateralHabenula").getURI())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExplainWriter.text(after, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
        for (String line : shownLines) {
            assertTrue(printed.contains(line), "CURATING.md shows a line explain does not print: " + line
                    + "\nexplain printed:\n" + String.join("\n", printed));
        }

        // build: a one-report corpus; the new concepts are in the graph, under the right modality.
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("tianeptine-note.md"), "# Tianeptine\n\n" + sentence + "\n");
        Path storeDir = temp.resolve("store");
        BuildService.builder().corpus(corpus).ontology(ontology).store(storeDir).build().run();
        boolean found = Store.at(storeDir).read(ds -> {
            String ask = "PREFIX np: <" + NP.NS + ">\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    + "ASK { ?f a np:Finding ; np:subject np:Tianeptine ; np:object np:P11 ; np:inRegion np:LateralHabenula ;"
                    + " np:polarity np:Affirmed . np:Tianeptine skos:broader+ np:Antidepressants ;"
                    + " skos:prefLabel \"tianeptine\"@en . }";
            try (QueryExecution q = QueryExecution.dataset(ds).query(QueryFactory.create(ask)).build()) {
                return q.execAsk();
            }
        });
        assertTrue(found, "the built graph holds the finding about tianeptine");

        // validate again, now with the store: the graph conforms to the shapes too.
        Validation withStore = ValidateService.builder().ontology(ontology).store(storeDir).corpus(corpus).build().run();
        assertTrue(withStore.graph().isPresent());
        assertEquals(0, withStore.violations(), withStore.graph().get().entries().toString());
        assertFalse(withStore.graph().get().warnings().stream().anyMatch(w -> w.rule().equals("source")),
                withStore.graph().get().warnings().toString());
    }
}
