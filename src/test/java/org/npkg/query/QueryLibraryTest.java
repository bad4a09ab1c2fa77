package org.npkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.npkg.store.TestStores;

class QueryLibraryTest {

    private final Path dir = TestStores.resource("query/queries");

    private List<String> rqNames() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).sorted().toList();
        }
    }

    @Test
    void loadsEveryQueryOfTheDirectorySortedByName() throws Exception {
        QueryLibrary lib = QueryLibrary.load(dir);
        assertEquals(rqNames(), lib.queries().stream().map(QueryFile::name).toList());
    }

    @Test
    void findsByNameAndByPath() {
        QueryFile byName = QueryLibrary.resolve(dir, "findings-about");
        QueryFile byPath = QueryLibrary.resolve(Path.of("no-such-dir"), dir.resolve("findings-about.rq").toString());
        assertEquals(byName, byPath);
    }

    @Test
    void unknownNameListsTheKnownOnes() throws Exception {
        QueryException e = assertThrows(QueryException.class, () -> QueryLibrary.load(dir).find("nope"));
        assertEquals("query-missing", e.id());
        for (String name : rqNames()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void brokenFileFailsTheLoad() {
        QueryException e = assertThrows(QueryException.class,
                () -> QueryLibrary.load(TestStores.resource("query/broken")));
        assertTrue(e.getMessage().contains(".rq:"), e.getMessage());
    }

    @Test
    void missingDirectoryIsReported() {
        QueryException e = assertThrows(QueryException.class, () -> QueryLibrary.load(Path.of("no-such-dir")));
        assertEquals("queries-missing", e.id());
    }
}
