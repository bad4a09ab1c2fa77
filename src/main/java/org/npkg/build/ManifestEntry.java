package org.npkg.build;

/**
 * One document of a built store: where it came from, its fingerprint, the id that names its
 * graph, and what its extraction counted, so an incremental build can report a whole corpus
 * while reading only what changed.
 *
 * @param source  the corpus root and the root-relative path, which together name the file
 * @param sha256  SHA-256 of the file's bytes
 * @param triples triples in the document's graph
 */
record ManifestEntry(String source, String id, String sha256, int sentences, int mentions, int findings,
        long triples) {

    static String source(String root, String relativePath) {
        return root + "|" + relativePath;
    }
}
