package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.npkg.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;

/**
 * A syntax error in an ontology, rule, closure rule or query file: one line naming the file,
 * line and column, exit code 2, and the store exactly as it was.
 */
class BadInputFilesTest {

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path storeDir;
    private static byte[] before;
    private static Object storeIdentity;

    @BeforeAll
    static void buildSmallStore() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ketamine.md"), "# Ketamine\n\nKetamine increases BDNF in the hippocampus.\n");
        storeDir = dir.resolve("store");
        CliRun run = CliRun.of("build", "--corpus", corpus.toString(), "--store", storeDir.toString(), "--question", "none");
        assertEquals(0, run.code(), run.toString());
        before = nquads();
        storeIdentity = identity();
    }

    /** The store folder's identity on disk: a rebuild, even to the same graph, swaps in a new folder. */
    private static Object identity() throws IOException {
        return Files.readAttributes(storeDir, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void aTurtleSyntaxError() throws Exception {
        Path ontology = copy(Path.of("ontology"), "ontology-ttl");
        Files.writeString(ontology.resolve("regions.ttl"), "\nnp:Broken a ;\n", StandardOpenOption.APPEND);
        assertRefusedBuild(ontology, "ontology", ontology.resolve("regions.ttl"));
    }

    @Test
    void aRuleSyntaxError() throws Exception {
        Path ontology = copy(Path.of("ontology"), "ontology-rule");
        Files.writeString(ontology.resolve("rules/broken.rq"), "PREFIX np: <https://w3id.org/npkg/ontology#>\n"
                + "CONSTRUCT { ?s np:binds ?o }\nWHERE { ?s np:subject }\n");
        assertRefusedBuild(ontology, "ontology", ontology.resolve("rules/broken.rq"));
    }

    @Test
    void aClosureRuleSyntaxError() throws Exception {
        Path ontology = copy(Path.of("ontology"), "ontology-closure");
        Files.writeString(ontology.resolve("rules/inference/broken.rq"), "CONSTRUCT { ?s a ?c }\nWHERE { ?s a ?c \n");
        assertRefusedBuild(ontology, "ontology", ontology.resolve("rules/inference/broken.rq"));
    }

    @Test
    void aQuestionWithASyntaxErrorStopsTheBuildBeforeTheStoreIsTouched() throws Exception {
        Path queries = copy(Path.of("queries"), "queries");
        Files.copy(Path.of("src/test/resources/query/broken/bad-syntax.rq"), queries.resolve("bad-syntax.rq"));
        CliRun run = CliRun.of("build", "--corpus", corpus.toString(), "--store", storeDir.toString(), "--full",
                "--queries", queries.toString(), "--question", "bad-syntax");
        assertRefused(run, "query-syntax", queries.resolve("bad-syntax.rq"));
    }

    @Test
    void aQueryFileWithASyntaxError() throws Exception {
        Path file = Path.of("src/test/resources/query/broken/bad-syntax.rq");
        CliRun run = CliRun.of("query", "--store", storeDir.toString(), file.toString());
        assertRefused(run, "query-syntax", file);
    }

    private static void assertRefusedBuild(Path ontology, String id, Path file) throws Exception {
        CliRun run = CliRun.of("build", "--corpus", corpus.toString(), "--store", storeDir.toString(), "--full",
                "--ontology", ontology.toString(), "--question", "none");
        assertRefused(run, id, file);
    }

    private static void assertRefused(CliRun run, String id, Path file) throws Exception {
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line, no stack trace:\n" + run.err());
        Pattern expected = Pattern.compile("npkg: error\\[" + id + "\\]: " + Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*");
        assertTrue(expected.matcher(lines.get(0)).matches(), lines.get(0));
        assertArrayEquals(before, nquads(), "the store holds the same graph");
        assertEquals(storeIdentity, identity(), "the store folder was not replaced, even by an equal one");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("store.")
                    && !n.equals("store.lock")).toList());
        }
    }

    private static Path copy(Path from, String name) throws IOException {
        return TestFiles.copyTree(from, dir.resolve(name));
    }

    private static byte[] nquads() throws Exception {
        return Store.at(storeDir).read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.NQUADS).write(ds, out);
            return out.toByteArray();
        });
    }
}
