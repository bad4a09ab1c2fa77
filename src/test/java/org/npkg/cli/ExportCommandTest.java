package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.npkg.store.ExportFormat;
import org.npkg.store.StoreException;
import org.npkg.store.TestStores;

class ExportCommandTest {

    @TempDir
    static Path tmp;

    private static String store;
    private static DatasetGraph fixture;

    @BeforeAll
    static void build() throws StoreException {
        store = TestStores.fixtureStore(tmp.resolve("store")).dir().toString();
        fixture = RDFDataMgr.loadDatasetGraph(TestStores.fixtureGraph().toString());
    }

    private static String name(ExportFormat f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "KGX")
    void exportToAFileReadsBackToTheSameCount(ExportFormat format) throws Exception {
        Path out = tmp.resolve("out").resolve("export." + name(format));
        CliRun run = CliRun.of("export", "--format", name(format), "--out", out.toString(), "--store", store);
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertEquals("", run.out(), "nothing on stdout when --out is given");
        if (format.isQuads()) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(out).lang(format.lang()).parse(back);
            assertEquals(fixture.stream().count(), back.stream().count());
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(out).lang(format.lang()).parse(back);
            assertEquals(fixture.getUnionGraph().size(), back.size());
        }
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp file is moved away");
        }
    }

    @Test
    void sortedNQuadsAreByteIdenticalAndMatchStdout() throws Exception {
        Path a = tmp.resolve("a.nq");
        Path b = tmp.resolve("b.nq");
        assertEquals(0, CliRun.of("export", "-f", "nquads", "-o", a.toString(), "--store", store).code());
        assertEquals(0, CliRun.of("export", "-f", "nquads", "-o", b.toString(), "--store", store).code());
        CliRun stdout = CliRun.of("export", "-f", "nquads", "--store", store);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(a), stdout.outBytes());
        assertTrue(Files.size(a) > 0);
    }

    @Test
    void missingStoreFailsAndLeavesNoFile() {
        Path out = tmp.resolve("never.nq");
        CliRun run = CliRun.of("export", "-f", "nquads", "-o", out.toString(), "--store", tmp.resolve("none").toString());
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[store-missing]: "), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void kgxWritesNodesAndEdgesIntoTheOutFolder() throws Exception {
        Path dir = tmp.resolve("kgx");
        CliRun run = CliRun.of("export", "--format", "kgx", "--out", dir.toString(), "--store", store);
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(Files.readString(dir.resolve("nodes.tsv")).startsWith("id\tcategory\t"));
        assertTrue(Files.readString(dir.resolve("edges.tsv")).startsWith("id\tsubject\tpredicate\tobject\t"));
    }

    @Test
    void kgxWithoutAFolderIsAUsageError() {
        CliRun run = CliRun.of("export", "--format", "kgx", "--store", store);
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().contains("--out DIR"), run.toString());
    }

    @Test
    void formatIsRequired() {
        assertEquals(ExitCode.USAGE.code(), CliRun.of("export", "--store", store).code());
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), CliRun.of("export", "-f", "yaml", "--store", store).code());
    }
}
