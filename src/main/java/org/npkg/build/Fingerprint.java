package org.npkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 fingerprints: of a document's bytes, and of everything besides the corpus that shapes
 * the graph — the ontology folder (concepts, rules, closure rules) and the extractor itself (its
 * code and word lists). When the latter changes, no document's graph can be reused.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Every file under the ontology folder (names and contents), and the code that reads them. */
    static String ofConfiguration(Path ontologyDir) {
        MessageDigest digest = digest();
        List<Path> files = filesUnder(ontologyDir);
        for (Path file : files) {
            update(digest, "file " + ontologyDir.relativize(file).toString().replace('\\', '/'));
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        update(digest, "code " + codeIdentity());
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The npkg code in use: the jar's size and time, or for a class folder (tests, IDEs) the
     * size and time of every file in it. Word lists are resources in the same place.
     */
    private static String codeIdentity() {
        CodeSource source = Fingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            StringBuilder identity = new StringBuilder(location.toString());
            for (Path file : Files.isDirectory(location) ? filesUnder(location) : List.of(location)) {
                identity.append('\n').append(file).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis());
            }
            return identity.toString();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown " + e.getMessage();
        }
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
