package org.npkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.store.StoreException;
import org.npkg.store.TestStores;

class QueryCommandTest {

    @TempDir
    static Path tmp;

    private static String store;
    private static String queries;

    @BeforeAll
    static void build() throws StoreException {
        store = TestStores.fixtureStore(tmp.resolve("store")).dir().toString();
        queries = TestStores.resource("query/queries").toString();
    }

    private static CliRun query(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "query";
        all[1] = "--store";
        all[2] = store;
        all[3] = "--queries";
        all[4] = queries;
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.of(all);
    }

    @Test
    void runsALibraryQueryAsATable() {
        CliRun run = query("findings-about");
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        assertTrue(run.out().contains("np:Affirmed"), run.toString());
        assertEquals("", run.err());
    }

    @Test
    void runsAQueryFileByPath() {
        CliRun byName = query("findings-about", "--format", "csv");
        CliRun byFile = query(Path.of(queries, "findings-about.rq").toString(), "--format", "csv");
        assertEquals(ExitCode.OK.code(), byFile.code(), byFile.toString());
        assertEquals(byName.out(), byFile.out());
    }

    @Test
    void parameterByLabelEqualsParameterByCurie() {
        CliRun label = query("findings-about", "--param", "concept=brain-derived neurotrophic factor", "-f", "csv");
        CliRun curie = query("findings-about", "--param", "concept=np:BDNF", "-f", "csv");
        assertEquals(ExitCode.OK.code(), label.code(), label.toString());
        assertEquals(curie.out(), label.out());
        assertTrue(label.out().lines().count() > 1, label.toString());
    }

    @Test
    void listsEveryQueryWithItsTitle() {
        CliRun run = CliRun.of("query", "--list", "--queries", queries);
        assertEquals(ExitCode.OK.code(), run.code(), run.toString());
        for (QueryFile q : QueryLibrary.load(Path.of(queries)).queries()) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(q.name() + " ") && l.endsWith(q.title())), q.name() + "\n" + run);
        }
    }

    @Test
    void missingStoreFailsWithExitOneAndNoStackTrace() {
        CliRun run = CliRun.of("query", "findings-about", "--store", tmp.resolve("nothing").toString(), "--queries", queries);
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[store-missing]: "), run.toString());
        assertTrue(run.err().contains("npkg build"), run.toString());
        assertFalse(run.err().contains("\tat "), run.toString());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("query", "findings-about", "-v", "--store", tmp.resolve("nothing").toString());
        assertEquals(ExitCode.FAILURE.code(), run.code(), run.toString());
        assertTrue(run.err().contains("\tat org.npkg."), run.toString());
    }

    @Test
    void unknownParameterIsAUsageErrorNamingTheValidOnes() {
        CliRun run = query("findings-about", "--param", "mechanism=TrkB");
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[param-unknown]: "), run.toString());
        assertTrue(run.err().contains("concept"), run.toString());
    }

    @Test
    void unknownConceptIsAUsageError() {
        CliRun run = query("findings-about", "--param", "concept=no such thing");
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[concept-unknown]: "), run.toString());
    }

    @Test
    void brokenQueryFileIsAUsageErrorWithItsPosition() {
        Path bad = TestStores.resource("query/broken/bad-syntax.rq");
        CliRun run = query(bad.toString());
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().startsWith("npkg: error[query-syntax]: " + bad + ":"), run.toString());
    }

    @Test
    void unknownQueryNameIsAUsageError() {
        CliRun run = query("no-such-query");
        assertEquals(ExitCode.USAGE.code(), run.code(), run.toString());
        assertTrue(run.err().contains("findings-about"), "lists the known queries: " + run);
    }

    @Test
    void badFormatValueIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), query("findings-about", "--format", "xml").code());
    }

    @Test
    void noQueryNameIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), query().code());
    }
}
