package org.npkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.corpus.CorpusReader;

class ScaleCorpusTest {

    @Test
    void everyCopyIsADocumentOfItsOwnWithTheOriginalsBytes(@TempDir Path dir) throws Exception {
        Path source = Path.of("src/test/resources/corpus");
        CorpusReader reader = CorpusReader.builder().build();
        List<Path> originals = reader.files(List.of(source));
        long bytes = ScaleCorpus.generate(source, 3, dir.resolve("scaled"));
        List<Path> copies = reader.files(List.of(dir.resolve("scaled")));
        assertEquals(3 * originals.size(), copies.size());
        long expected = 0;
        for (Path original : originals) {
            expected += 3 * Files.size(original);
        }
        assertEquals(expected, bytes);
        Set<String> ids = new HashSet<>();
        for (Path copy : copies) {
            ids.add(reader.read(dir.resolve("scaled"), copy).id());
        }
        assertEquals(copies.size(), ids.size(), "ids are distinct: " + ids);
        assertArrayEquals(Files.readAllBytes(originals.get(0)),
                Files.readAllBytes(dir.resolve("scaled/part-000").resolve(ScaleCorpus.copyName(originals.get(0), 1))));
    }

    @Test
    void aSecondRunReplacesTheFirst(@TempDir Path dir) {
        Path source = Path.of("src/test/resources/corpus");
        ScaleCorpus.generate(source, 3, dir);
        ScaleCorpus.generate(source, 1, dir);
        int originals = CorpusReader.builder().build().files(List.of(source)).size();
        assertEquals(originals, CorpusReader.builder().build().files(List.of(dir)).size());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = {5, 1, 4, 2, 3, 10, 6, 7, 8, 9};
        assertEquals(5, QueryLatency.percentile(values, 50));
        assertEquals(10, QueryLatency.percentile(values, 95));
        assertEquals(1, QueryLatency.percentile(new double[] {1}, 95));
    }
}
