package org.npkg.extract;

import java.util.List;
import org.npkg.corpus.Document;
import org.npkg.corpus.Notice;

/**
 * Everything extracted from one document, sentence by sentence, with what reading and extracting
 * had to change ({@code notices}: the document's own, then sentences cut to length and time
 * expressions capped).
 */
public record DocumentExtraction(Document document, List<SentenceAnalysis> sentences, List<Notice> notices) {

    public DocumentExtraction {
        sentences = List.copyOf(sentences);
        notices = List.copyOf(notices);
    }

    public DocumentExtraction(Document document, List<SentenceAnalysis> sentences) {
        this(document, sentences, document.notices());
    }

    public int mentionCount() {
        return sentences.stream().mapToInt(s -> s.mentions().size()).sum();
    }

    public int findingCount() {
        return sentences.stream().mapToInt(s -> s.findings().size()).sum();
    }
}
