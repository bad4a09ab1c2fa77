package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.npkg.TestFiles;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;

/** A build after a change reads only what changed, and gives what a full build would. */
class IncrementalBuildTest {

    private static final Path SHORT = Path.of("data/corpus/rtms-ect-psychedelics-ssri-neuroplasticity.md");
    private static final Path TIMING = Path.of("data/corpus/structural-and-functional-plasticity-timing.md");

    @TempDir
    Path dir;
    private Path corpus;
    private Path store;

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SHORT, corpus.resolve("a.md"));
        Files.copy(TIMING, corpus.resolve("b.md"));
        store = dir.resolve("store");
    }

    private BuildReport build(Path storeDir, boolean full) throws Exception {
        return BuildService.builder().corpus(corpus).store(storeDir).threads(2).full(full).build().run();
    }

    @Test
    void aChangedDocumentIsExtractedAgainAndTheResultEqualsAFullBuild() throws Exception {
        assertEquals(BuildMode.FULL, build(store, false).mode());
        Files.writeString(corpus.resolve("b.md"), "\nKetamine increases BDNF in the hippocampus within 24 h.\n",
                StandardOpenOption.APPEND);
        BuildReport update = build(store, false);
        assertEquals(BuildMode.INCREMENTAL, update.mode());
        assertEquals(1, update.extracted());
        BuildReport fresh = build(dir.resolve("fresh"), false);
        assertEquals(fresh.findings(), update.findings());
        assertEquals(fresh.sentences(), update.sentences());
        assertEquals(fresh.triples(), update.triples());
        assertArrayEquals(nquads(dir.resolve("fresh")), nquads(store));
    }

    @Test
    void addedAndRemovedDocumentsAreAddedAndRemoved() throws Exception {
        build(store, false);
        Files.delete(corpus.resolve("a.md"));
        Files.copy(SHORT, corpus.resolve("c.md"));
        BuildReport update = build(store, false);
        assertEquals(BuildMode.INCREMENTAL, update.mode());
        assertEquals(1, update.extracted());
        build(dir.resolve("fresh"), false);
        assertArrayEquals(nquads(dir.resolve("fresh")), nquads(store));
    }

    @Test
    void anUnchangedCorpusLeavesTheStoreAsItIs() throws Exception {
        BuildReport first = build(store, false);
        byte[] before = nquads(store);
        BuildReport again = build(store, false);
        assertEquals(BuildMode.UNCHANGED, again.mode());
        assertEquals(first.triples(), again.triples());
        assertEquals(first.findings(), again.findings());
        assertArrayEquals(before, nquads(store));
    }

    @Test
    void fullRebuildsEverything() throws Exception {
        build(store, false);
        BuildReport full = build(store, true);
        assertEquals(BuildMode.FULL, full.mode());
        assertEquals(2, full.extracted());
    }

    @Test
    void aChangedOntologyForcesAFullBuild() throws Exception {
        Path ontology = Files.createDirectories(dir.resolve("ontology"));
        TestFiles.copyTree(Path.of("ontology"), ontology);
        BuildService.Builder builder = BuildService.builder().corpus(corpus).store(store).ontology(ontology);
        builder.build().run();
        Files.writeString(ontology.resolve("mechanisms.ttl"), "\n# a curator's note\n", StandardOpenOption.APPEND);
        assertEquals(BuildMode.FULL, builder.build().run().mode());
        Files.writeString(ontology.resolve("rules/direct-edges.rq"), "\n# a note\n", StandardOpenOption.APPEND);
        assertEquals(BuildMode.FULL, builder.build().run().mode());
        assertEquals(BuildMode.UNCHANGED, builder.build().run().mode());
    }

    @Test
    void aFailedUpdateLeavesTheStoreAsItWas() throws Exception {
        build(store, false);
        byte[] before = nquads(store);
        Files.writeString(corpus.resolve("b.md"), "\nMore text.\n", StandardOpenOption.APPEND);
        BuildService failing = BuildService.builder().corpus(corpus).store(store).progress(new BuildProgress() {
            @Override
            public void documentDone(long bytes) {
                throw new IllegalStateException("disk full");
            }
        }).build();
        assertThrows(org.npkg.store.StoreException.class, failing::run);
        assertArrayEquals(before, nquads(store));
        try (var siblings = Files.list(dir)) {
            // store.lock stays beside the store by design; no copy being built or old store may.
            assertTrue(siblings.map(p -> p.getFileName().toString())
                    .noneMatch(n -> n.startsWith("store.") && !n.equals("store.lock")));
        }
    }

    static byte[] nquads(Path storeDir) throws Exception {
        return Store.at(storeDir).read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.NQUADS).write(ds, out);
            return out.toByteArray();
        });
    }
}
