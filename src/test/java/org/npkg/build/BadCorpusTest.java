package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.graph.Iris;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;
import org.npkg.vocabulary.NP;

/**
 * One corpus holding a good report and every kind of bad input at once: each bad file gives one
 * warning naming it and where, the good report builds exactly as it does alone, files that are
 * not text leave no graph, and what is built exports cleanly.
 */
class BadCorpusTest {

    private static final String GOOD = "rtms-ect-psychedelics-ssri-neuroplasticity.md";

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Store store;
    private static BuildReport report;

    @BeforeAll
    static void buildTheBadCorpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data", "corpus", GOOD), corpus.resolve(GOOD));
        write("empty.txt", new byte[0]);
        write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("archive.md", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'w', 'o', 'r', 'd'});
        write("nul.txt", "Ketamine increases BDNF.\nA NUL\0 here.\n".getBytes(StandardCharsets.UTF_8));
        write("latin1.txt", "Ketamine increases BDNF in the caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        write("bom8.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("# Ketamine\n\nKetamine increases BDNF.\n")));
        write("wide.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Ketamine increases BDNF in the hippocampus.\n".getBytes(StandardCharsets.UTF_16LE)));
        write("crlf.md", utf8("# Ketamine\r\n\r\nKetamine increases BDNF.\r\nIt also\r\nincreases TrkB.\r\n"));
        write("cr.txt", utf8("Ketamine\r\rKetamine increases BDNF.\rPsilocybin increases spinogenesis.\r"));
        write("nested.md", utf8(nestedLists(1000) + ">".repeat(500) + " Ketamine increases BDNF.\n"));
        write("times.txt", utf8("Ketamine increases BDNF.\nKetamine increases BDNF within 10^400 weeks.\n\n"
                + "Psilocybin increases spinogenesis after 999999999999 days.\n"));
        write("brackets.md", utf8("# Ketamine\n\nKetamine increases BDNF (Li et al., 2010; [Smith, 2011.\n\n"
                + "Psilocybin increases spinogenesis Li et al., 2010)]] [[(.\n\n((((Ketamine increases TrkB [(see](.\n"));
        write("controls.md", utf8("# Ketamine\n\nKetamine\u0007 increases\u001B[1m BDNF\u0085 in rats.\n"));
        store = Store.at(dir.resolve("store"));
        report = BuildService.builder().corpus(corpus).store(store.dir()).threads(2).build().run();
    }

    @Test
    void eachBadFileGetsOneWarningNamingItAndWhere() {
        Map<String, String> byFile = new TreeMap<>();
        for (String warning : report.warnings()) {
            String file = warning.substring(warning.indexOf(corpus.toString()) + corpus.toString().length() + 1);
            byFile.merge(file.substring(0, file.indexOf(':')), file.substring(file.indexOf(':')), (a, b) -> a + " | " + b);
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "empty.txt", ":1:1: empty file: a document with nothing in it",
                "image.txt", ":1:1: not a text file: it is a PNG image",
                "archive.md", ":1:1: not a text file: it is a ZIP archive (or a Word/OpenDocument file)",
                "nul.txt", ":2:6: not a text file: it holds a NUL character",
                "latin1.txt", ":1:35: not valid UTF-8 (byte offset 34)",
                "wide.txt", ":1:1: read as UTF-16LE, as its byte-order mark says (npkg expects UTF-8)",
                "times.txt", ":2:25: time expression \"within 10^400 weeks\" reaches 1000 years or more: capped at 1000 years"
                        + " | :4:35: time expression \"after 999999999999 days\" reaches 1000 years or more: capped at 1000 years",
                "controls.md", ":3:9: 3 control characters (first U+0007) read as spaces"));
        assertEquals(expected, byFile, String.join("\n", report.warnings()));
    }

    @Test
    void everyReadableFileIsADocumentAndNoRefusedOneLeavesAGraph() throws Exception {
        assertEquals(10, report.documents(), "good, empty, bom8, wide, crlf, cr, nested, times, brackets, controls");
        List<String> graphs = store.read(ds -> {
            List<String> names = new ArrayList<>();
            ds.listNames().forEachRemaining(names::add);
            return names;
        });
        for (String refused : List.of("image", "archive", "nul", "latin1")) {
            assertFalse(graphs.contains(Iris.document(refused).getURI()), refused + " in " + graphs);
        }
        assertTrue(graphs.contains(Iris.document("wide").getURI()), graphs.toString());
    }

    @Test
    void theGoodReportBuildsExactlyAsItDoesAlone() throws Exception {
        String graph = Iris.document(GOOD.replace(".md", "")).getURI();
        Model here = store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(graph)));
        Model alone = CorpusStore.get().read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(graph)));
        assertTrue(here.size() > 100, "the good report has findings: " + here.size());
        assertTrue(here.isIsomorphicWith(alone), "the good report's graph differs when built among bad files");
    }

    @Test
    void theGraphExportsAsRdfXmlAndReadsBack() throws Exception {
        byte[] xml = store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.RDFXML).write(ds, out);
            return out.toByteArray();
        });
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(xml), Lang.RDFXML);
        assertTrue(back.size() > 1000, "statements read back: " + back.size());
    }

    @Test
    void absurdTimesAreCappedAtAThousandYears() throws Exception {
        double longest = store.read(ds -> ds.getUnionModel().listObjectsOfProperty(NP.maxSeconds).toList().stream()
                .mapToDouble(n -> n.asLiteral().getDouble()).max().orElse(0));
        assertEquals(1000 * 31_557_600.0, longest);
    }

    private static String nestedLists(int depth) {
        StringBuilder text = new StringBuilder("# Nested\n\n");
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i)).append("- Ketamine increases BDNF ").append(i).append('\n');
        }
        return text.append('\n').toString();
    }

    private static void write(String name, byte[] content) throws Exception {
        Files.write(corpus.resolve(name), content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
