package org.npkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.npkg.corpus.Block;
import org.npkg.corpus.BlockKind;
import org.npkg.corpus.Citation;
import org.npkg.corpus.Document;
import org.npkg.corpus.Notice;
import org.npkg.extract.time.TimeSpan;
import org.npkg.extract.time.TimeSpanParser;
import org.npkg.text.Sentence;
import org.npkg.text.SentenceSplitter;
import org.npkg.text.Token;
import org.npkg.text.Tokenizer;
import opennlp.tools.util.Span;

/**
 * The extraction stage: document → sentences → mentions, cues, time spans → findings. Immutable
 * and safe to share between threads (each thread gets its own sentence splitter).
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final CueWords cueWords;
    private final TriggerWords triggerWords;
    private final TimeSpanParser timeSpans;
    private final ThreadLocal<SentenceSplitter> splitter = ThreadLocal.withInitial(SentenceSplitter::create);

    private Extractor(Builder builder) {
        this.lexicon = Objects.requireNonNull(builder.lexicon, "lexicon");
        this.cueWords = CueWords.standard();
        this.triggerWords = TriggerWords.standard();
        this.timeSpans = TimeSpanParser.builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every prose sentence of a document (headings, tables and reference lists are not prose). */
    public DocumentExtraction extract(Document document) {
        List<SentenceAnalysis> analyses = new ArrayList<>();
        List<Notice> notices = new ArrayList<>(document.notices());
        List<String> topicPath = null; // blocks of one section follow each other: their topic is read once
        List<Concept> topic = List.of();
        for (Block block : document.blocks()) {
            if (!isProse(block.kind())) {
                continue;
            }
            List<Span> spans = splitter.get().split(block.clean());
            noteCuts(block, spans, notices);
            if (!block.sectionPath().equals(topicPath)) { // the same for every sentence of the section
                topicPath = block.sectionPath();
                topic = topic(topicPath);
            }
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                int start = block.start() + span.getStart();
                int end = block.start() + span.getEnd();
                int nextStart = i + 1 < spans.size() ? block.start() + spans.get(i + 1).getStart() : block.end();
                Sentence sentence = new Sentence(analyses.size(), start, end, block.clean().substring(span.getStart(),
                        span.getEnd()), block.sectionPath(), citedIn(block, start, nextStart));
                SentenceAnalysis analysis = analyse(sentence, topic);
                noteCappedTimes(analysis, notices);
                analyses.add(analysis);
            }
        }
        return new DocumentExtraction(document, analyses, notices);
    }

    /** One notice per sentence cut to length: at its start, with its whole length. */
    private static void noteCuts(Block block, List<Span> spans, List<Notice> notices) {
        int i = 0;
        while (i < spans.size()) {
            if (!SentenceSplitter.CUT.equals(spans.get(i).getType())) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < spans.size() && SentenceSplitter.CUT.equals(spans.get(i + 1).getType())
                    && spans.get(i + 1).getStart() == spans.get(i).getEnd()) {
                i++;
            }
            int length = spans.get(i).getEnd() - spans.get(first).getStart();
            notices.add(new Notice(block.start() + spans.get(first).getStart(), "a sentence of " + length
                    + " characters with no end was cut into " + (i - first + 1) + " pieces of at most "
                    + SentenceSplitter.MAX_SENTENCE_CHARS + " characters"));
            i++;
        }
    }

    /** Time expressions beyond the parser's cap ("10^400 weeks") are kept, capped, and said so. */
    private static void noteCappedTimes(SentenceAnalysis analysis, List<Notice> notices) {
        for (TimeSpan span : analysis.spans()) {
            if (span.minSeconds() >= TimeSpanParser.DEFAULT_MAX_SECONDS
                    || span.maxSeconds().orElse(0) >= TimeSpanParser.DEFAULT_MAX_SECONDS) {
                String text = span.text().length() > 60 ? span.text().substring(0, 60) + "…" : span.text();
                notices.add(new Notice(analysis.sentence().start() + span.start(), "time expression \""
                        + text.replaceAll("\\s+", " ") + "\" reaches 1000 years or more: capped at 1000 years"));
            }
        }
    }

    /** Analyses one sentence; {@code topic} supplies subjects when the sentence names none. */
    public SentenceAnalysis analyse(Sentence sentence, List<Concept> topic) {
        String text = sentence.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Mention> mentions = lexicon.mentions(tokens);
        List<Trigger> triggers = triggerWords.find(tokens, mentions);
        CueWords.Analysis cues = withoutOverlaps(cueWords.analyse(tokens, text.length()), mentions);
        List<TimeSpan> spans = timeSpans.find(text);
        List<Concept> species = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.facet() == Facet.SPECIES && !species.contains(mention.concept())) {
                species.add(mention.concept());
            }
        }
        SentenceAnalysis.Parts parts = new SentenceAnalysis.Parts(text, mentions, triggers, cues, spans, List.copyOf(species));
        List<Finding> findings = mentions.isEmpty() ? List.of() : new FindingRules(parts, topic).apply();
        return new SentenceAnalysis(sentence, mentions, triggers, cues.cues(), spans, findings);
    }

    /**
     * The first intervention or exposure named by the sentence's own heading. Outer headings are
     * not asked: a sub-section that names no treatment (a box, a definition) is not about one.
     */
    public List<Concept> topic(List<String> sectionPath) {
        if (sectionPath.isEmpty()) {
            return List.of();
        }
        for (Mention mention : lexicon.mentions(Tokenizer.tokenize(sectionPath.get(sectionPath.size() - 1)))) {
            if (mention.facet().isAgent()) {
                return List.of(mention.concept());
            }
        }
        return List.of();
    }

    /** The cues that overlap no mention; most sentences have none to drop, and keep their analysis. */
    private static CueWords.Analysis withoutOverlaps(CueWords.Analysis analysis, List<Mention> mentions) {
        if (analysis.cues().isEmpty()) {
            return analysis;
        }
        List<Cue> cues = analysis.cues().stream()
                .filter(c -> mentions.stream().noneMatch(m -> m.start() < c.end() && c.start() < m.end()))
                .toList();
        return new CueWords.Analysis(cues, analysis.boundaries());
    }

    /**
     * DOIs of the block's citations that start inside the sentence or before the next one. The
     * citations are in text order, so those of a sentence are found by a binary search, not by
     * reading all of a block's citations for each of its sentences.
     */
    private static List<String> citedIn(Block block, int start, int nextStart) {
        List<Citation> citations = block.citations();
        int low = 0;
        int high = citations.size();
        while (low < high) { // the first citation starting at or after the sentence
            int mid = (low + high) >>> 1;
            if (citations.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<String> dois = new ArrayList<>();
        for (int i = low; i < citations.size() && citations.get(i).start() < nextStart; i++) {
            citations.get(i).doi().filter(doi -> !dois.contains(doi)).ifPresent(dois::add);
        }
        return List.copyOf(dois);
    }

    private static boolean isProse(BlockKind kind) {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.CAPTION;
    }

    public static final class Builder {
        private Lexicon lexicon;

        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
