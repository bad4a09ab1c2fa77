package org.npkg.build;

import java.util.List;

/**
 * What a build read and wrote, and the documents it had to skip.
 *
 * @param extracted documents read and extracted by this build (all of them in a full build)
 * @param bytes     bytes of the corpus files
 */
public record BuildReport(int documents, int sentences, int mentions, int findings, long triples, double seconds,
        List<String> warnings, BuildMode mode, int extracted, long bytes, int threads, BuildTimings timings) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
