package org.npkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.npkg.corpus.CorpusReader;

/**
 * A large corpus made from a small one for benchmarks: {@code scale} copies of every report,
 * each under its own name ({@code <name>-0001.md}, …) so every copy is a document of its own,
 * a hundred to a folder. Generated on demand, never committed.
 */
final class ScaleCorpus {

    private static final int PER_FOLDER = 100;

    private ScaleCorpus() {}

    /** Writes the copies into {@code target} (emptied first) and returns the bytes written. */
    static long generate(Path source, int scale, Path target) {
        try {
            delete(target);
            List<Path> originals = CorpusReader.builder().build().files(List.of(source));
            List<byte[]> contents = new ArrayList<>();
            for (Path original : originals) {
                contents.add(Files.readAllBytes(original));
            }
            long bytes = 0;
            int written = 0;
            for (int copy = 1; copy <= scale; copy++) {
                for (int i = 0; i < originals.size(); i++) {
                    Path folder = target.resolve(String.format(Locale.ROOT, "part-%03d", written / PER_FOLDER));
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(copyName(originals.get(i), copy)), contents.get(i));
                    bytes += contents.get(i).length;
                    written++;
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scale corpus in " + target, e);
        }
    }

    /** "report.md", 7 → "report-0007.md". */
    static String copyName(Path original, int copy) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return String.format(Locale.ROOT, "%s-%04d%s", name.substring(0, dot), copy, name.substring(dot));
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
