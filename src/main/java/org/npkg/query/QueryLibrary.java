package org.npkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code .rq} files of one directory (not recursive), each parsed and checked on load so a
 * broken file is reported with its position before anything runs.
 */
public final class QueryLibrary {

    /** Where the analyst queries live unless {@code --queries} says otherwise. */
    public static final Path DEFAULT_DIR = Path.of("queries");

    private final Path dir;
    private final List<QueryFile> queries;

    private QueryLibrary(Path dir, List<QueryFile> queries) {
        this.dir = dir;
        this.queries = List.copyOf(queries);
    }

    public static QueryLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new QueryException("queries-missing", "no query directory " + dir + " (use --queries DIR)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new QueryLibrary(dir, files
                    .filter(f -> f.getFileName().toString().endsWith(".rq") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .map(QueryFile::parse)
                    .toList());
        } catch (IOException e) {
            throw new QueryException("queries-missing", "cannot list query directory " + dir + ": " + e.getMessage());
        }
    }

    /**
     * A query named by a path to a {@code .rq} file (read directly, whatever the directory),
     * or by a name from the library in {@code dir}.
     */
    public static QueryFile resolve(Path dir, String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(Path.of(nameOrFile))) {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new QueryException("query-missing", "no query file " + file);
            }
            return QueryFile.parse(file);
        }
        return load(dir).find(nameOrFile);
    }

    public Path dir() {
        return dir;
    }

    /** All queries, sorted by name. */
    public List<QueryFile> queries() {
        return queries;
    }

    public Optional<QueryFile> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The query of that name; an unknown name is an error listing the known ones. */
    public QueryFile find(String name) {
        return byName(name).orElseThrow(() -> new QueryException("query-missing", "no query named \"" + name
                + "\" in " + dir + "; known queries: "
                + (queries.isEmpty() ? "(none)" : String.join(", ", queries.stream().map(QueryFile::name).toList()))));
    }
}
