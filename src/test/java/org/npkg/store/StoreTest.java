package org.npkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.vocabulary.NP;

class StoreTest {

    @TempDir
    Path tmp;

    private static long quadCount(Dataset ds) {
        return ds.asDatasetGraph().stream().count();
    }

    private static long fixtureQuadCount() {
        return RDFDataMgr.loadDatasetGraph(TestStores.fixtureGraph().toString()).stream().count();
    }

    /** The folders beside the store; its lock file ({@link StoreLock}) stays there by design. */
    private List<String> siblingsOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("store.lock")).sorted().toList();
        }
    }

    @Test
    void theLockFileIsBesideTheStore() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        assertTrue(Files.isRegularFile(store.dir().resolveSibling("store.lock")));
        assertEquals(StoreLock.fileOf(store.dir()), store.dir().toAbsolutePath().resolveSibling("store.lock"));
    }

    @Test
    void missingStoreIsReportedWithHowToFixIt() {
        Store store = Store.at(tmp.resolve("none"));
        StoreException e = assertThrows(StoreException.class, () -> store.read(StoreTest::quadCount));
        assertEquals("store-missing", e.id());
        assertTrue(e.getMessage().contains("npkg build"), e.getMessage());
    }

    @Test
    void rebuildCreatesStoreWithAllQuads() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        assertTrue(store.exists());
        assertEquals(fixtureQuadCount(), store.read(StoreTest::quadCount));
        assertEquals(List.of("store"), siblingsOf(store.dir()), "no build or old directory is left behind");
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        long findings = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(?f) AS ?n) { ?f a <" + NP.Finding.getURI() + "> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(4, findings);
    }

    @Test
    void rebuildReplacesTheOldContent() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        store.rebuild(ds -> Txn.executeWrite(ds, () -> ds.getDefaultModel()
                .add(NP.resource("A"), NP.property("p"), NP.resource("B"))));
        assertEquals(1, store.read(StoreTest::quadCount));
        assertEquals(List.of("store"), siblingsOf(store.dir()));
    }

    @Test
    void failingWriterLeavesTheStoreUntouched() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        StoreException e = assertThrows(StoreException.class, () -> store.rebuild(ds -> {
            Txn.executeWrite(ds, () -> ds.getDefaultModel().add(NP.resource("A"), NP.property("p"), NP.resource("B")));
            throw new IllegalStateException("extractor exploded");
        }));
        assertEquals("store-build-failed", e.id());
        assertTrue(e.getMessage().contains("extractor exploded"), e.getMessage());
        assertEquals(fixtureQuadCount(), store.read(StoreTest::quadCount));
        assertEquals(List.of("store"), siblingsOf(store.dir()), "the half-built directory is deleted");
    }

    @Test
    void failingFirstBuildLeavesNoStore() throws Exception {
        Store store = Store.at(tmp.resolve("store"));
        assertThrows(StoreException.class, () -> store.rebuild(ds -> {
            throw new IllegalStateException("boom");
        }));
        assertFalse(store.exists());
        assertEquals(List.of(), siblingsOf(store.dir()));
    }

    @Test
    void crashBetweenRenamesIsRecovered() throws Exception {
        Store built = TestStores.fixtureStore(tmp.resolve("store"));
        Path old = tmp.resolve("store.old");
        Files.move(built.dir(), old); // as if the process died after renaming live → old
        Store reopened = Store.at(tmp.resolve("store"));
        assertTrue(reopened.exists());
        assertFalse(Files.exists(old));
        assertEquals(fixtureQuadCount(), reopened.read(StoreTest::quadCount));
    }

    @Test
    void leftoverOldDirectoryAfterSwapIsDeleted() throws Exception {
        Store store = TestStores.fixtureStore(tmp.resolve("store"));
        Path old = tmp.resolve("store.old");
        Files.createDirectories(old.resolve("Data-0001"));
        Files.writeString(old.resolve("Data-0001").resolve("junk"), "stale");
        assertTrue(store.exists());
        assertFalse(Files.exists(old));
        assertEquals(fixtureQuadCount(), store.read(StoreTest::quadCount));
    }

    @Test
    void writerGetsAnEmptyTdbDataset() throws Exception {
        TestStores.fixtureStore(tmp.resolve("store"));
        long[] seen = {-1};
        Store.at(tmp.resolve("store")).rebuild(ds -> seen[0] = Txn.calculateRead(ds, () -> quadCount(ds)));
        assertEquals(0, seen[0]);
    }
}
