package org.npkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.cli.Main;
import org.npkg.store.ChildJvm;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;

/**
 * Builds killed with SIGKILL at several moments, in a child JVM as a user's Ctrl-\ or an
 * out-of-memory killer would: the store is always a complete database — the previous one, or
 * the new one if the kill came after the swap — and the next build succeeds and cleans up.
 */
class CrashSafetyTest {

    private static final String FIRST = "rtms-ect-psychedelics-ssri-neuroplasticity.md";
    private static final String SECOND = "structural-and-functional-plasticity-timing.md";

    /** When to kill: at a line the child logs, then after a delay. */
    private record Moment(String name, Predicate<String> line, long delayMillis, boolean full) {}

    @Test
    void aKilledBuildLeavesAWholeStoreAndTheNextBuildSucceeds(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data", "corpus", FIRST), corpus.resolve(FIRST));
        Store store = Store.at(dir.resolve("store"));
        build(corpus, store);
        byte[] before = nquads(store);
        Files.copy(Path.of("data", "corpus", SECOND), corpus.resolve(SECOND));

        List<Moment> moments = List.of(
                new Moment("while the JVM starts", line -> true, 0, false),
                new Moment("as an update opens the store", l -> l.contains("in one transaction"), 0, false),
                new Moment("as a full build creates its database", l -> l.contains("building new store in"), 0, true),
                new Moment("after the first document", l -> l.contains(" sentences, "), 0, false),
                new Moment("while an update writes, 300 ms in", l -> l.contains("in one transaction"), 300, false),
                new Moment("while writing, 300 ms in", l -> l.contains("building new store in"), 300, true),
                new Moment("late, 1.5 s in", l -> l.contains("building new store in"), 1500, true));
        Map<String, byte[]> states = new LinkedHashMap<>();
        for (Moment moment : moments) {
            List<String> args = new ArrayList<>(List.of("build", "--verbose", "--question", "none", "--threads", "1",
                    "--corpus", corpus.toString(), "--store", store.dir().toString()));
            if (moment.full()) {
                args.add("--full");
            }
            try (ChildJvm child = ChildJvm.start(Main.class, args.toArray(String[]::new))) {
                assertTrue(child.awaitLine(moment.line(), 60_000), moment.name() + ": never logged\n" + child.output());
                Thread.sleep(moment.delayMillis());
                child.kill();
                states.put(moment.name(), nquads(store));
            }
        }

        BuildReport next = BuildService.builder().corpus(corpus).store(store.dir()).threads(1).full(true).build().run();
        assertEquals(2, next.documents());
        byte[] after = nquads(store);
        assertFalse(Arrays.equals(before, after), "the killed builds had something to change");
        states.forEach((moment, state) -> {
            boolean early = !moment.startsWith("while ") && !moment.startsWith("late");
            if (early || !Arrays.equals(after, state)) {
                assertArrayEquals(before, state, moment + ": the store must be the previous graph"
                        + (early ? "" : " or the new one"));
            }
        });
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("store.building-") || n.equals("store.old")).toList(),
                    "the next build removes what killed builds left");
        }
    }

    private static void build(Path corpus, Store store) throws Exception {
        BuildService.builder().corpus(corpus).store(store.dir()).threads(1).build().run();
    }

    private static byte[] nquads(Store store) throws Exception {
        return store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(ExportFormat.NQUADS).write(ds, out);
            return out.toByteArray();
        });
    }
}
