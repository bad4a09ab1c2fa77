package org.npkg.extract;

import java.util.List;
import org.npkg.corpus.Document;

/** Everything extracted from one document, sentence by sentence. */
public record DocumentExtraction(Document document, List<SentenceAnalysis> sentences) {

    public int mentionCount() {
        return sentences.stream().mapToInt(s -> s.mentions().size()).sum();
    }

    public int findingCount() {
        return sentences.stream().mapToInt(s -> s.findings().size()).sum();
    }
}
