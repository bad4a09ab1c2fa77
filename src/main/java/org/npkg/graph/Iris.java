package org.npkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.rdf.model.Resource;
import org.npkg.vocabulary.NP;

/**
 * Deterministic IRIs for instance data: a document by its id; evidence, findings and time spans
 * by a hash of the document, the sentence's offsets and the roles, so that rebuilding the same
 * corpus gives the same graph, byte for byte.
 */
public final class Iris {

    private Iris() {}

    public static Resource document(String documentId) {
        return NP.id("doc/" + documentId);
    }

    public static Resource evidence(String documentId, int start, int end) {
        return NP.id("evidence/" + hash(documentId, start, end));
    }

    public static Resource finding(String documentId, int start, String key) {
        return NP.id("finding/" + hash(documentId, start, key));
    }

    public static Resource timeSpan(String documentId, int sentenceStart, int spanStart, int spanEnd) {
        return NP.id("span/" + hash(documentId, sentenceStart, spanStart, spanEnd));
    }

    /** The first 16 hex digits of the SHA-256 of the parts joined by NUL characters. */
    static String hash(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part).append('\0');
        }
        return sha256(joined.toString()).substring(0, 16);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
