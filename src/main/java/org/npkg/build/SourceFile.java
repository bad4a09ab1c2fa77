package org.npkg.build;

import java.nio.file.Path;

/** One file of the corpus: the root it was found under and its path. */
record SourceFile(Path root, Path file) {

    String source() {
        return ManifestEntry.source(root.toString(), relativePath());
    }

    String relativePath() {
        Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
        return rel.toString().replace('\\', '/');
    }
}
