package org.npkg.build;

import java.util.List;

/** What a build read and wrote, and the documents it had to skip. */
public record BuildReport(int documents, int sentences, int mentions, int findings, long triples, double seconds,
        List<String> warnings) {}
