package org.npkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a store was built from: the fingerprint of the ontology, rules and extractor, the
 * store's triple count, and one {@link ManifestEntry} per document graph. Kept as a small TSV file inside the store's
 * directory, so it is swapped in together with the database it describes and can never
 * disagree with it.
 */
record Manifest(String configuration, long triples, List<ManifestEntry> documents) {

    static final String FILE = "npkg-build.tsv";
    private static final String HEADER = "# npkg build manifest v1";

    Manifest {
        documents = List.copyOf(documents);
    }

    /** The manifest of a store directory, or empty when there is none or it cannot be read. */
    static Optional<Manifest> read(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String configuration = value(lines.get(1), "configuration");
            long triples = Long.parseLong(value(lines.get(2), "triples"));
            List<ManifestEntry> entries = new ArrayList<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] cells = line.split("\t", -1);
                entries.add(new ManifestEntry(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]),
                        Integer.parseInt(cells[4]), Integer.parseInt(cells[5]), Long.parseLong(cells[6])));
            }
            return Optional.of(new Manifest(configuration, triples, entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path storeDir) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("configuration\t").append(configuration).append('\n');
        text.append("triples\t").append(triples).append('\n');
        for (ManifestEntry e : documents) {
            text.append(String.join("\t", e.source(), e.id(), e.sha256(), Integer.toString(e.sentences()),
                    Integer.toString(e.mentions()), Integer.toString(e.findings()), Long.toString(e.triples())))
                    .append('\n');
        }
        // Written beside and renamed over, so a crash never leaves half a manifest.
        Path temporary = storeDir.resolve(FILE + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build manifest in " + storeDir, e);
        }
    }

    /**
     * This manifest with every document whose file is not the one recorded (a fingerprint that
     * differs or is missing) marked stale: an empty SHA-256, which no file has, so the next
     * build extracts it again. Its id stays, so a document that has vanished is still removed.
     */
    Manifest staleUnless(Map<String, String> fingerprints) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (ManifestEntry e : documents) {
            entries.add(e.sha256().equals(fingerprints.get(e.source())) ? e
                    : new ManifestEntry(e.source(), e.id(), "", e.sentences(), e.mentions(), e.findings(), e.triples()));
        }
        return new Manifest(configuration, triples, entries);
    }

    /** Documents by source, for looking up whether a file changed. */
    Map<String, ManifestEntry> bySource() {
        Map<String, ManifestEntry> map = new LinkedHashMap<>();
        documents.forEach(e -> map.put(e.source(), e));
        return map;
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + "\t")) {
            throw new IllegalArgumentException("expected " + key);
        }
        return line.substring(key.length() + 1);
    }
}
