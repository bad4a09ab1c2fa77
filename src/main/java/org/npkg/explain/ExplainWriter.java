package org.npkg.explain;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.npkg.corpus.BlockKind;
import org.npkg.extract.Concept;
import org.npkg.extract.DocumentExtraction;
import org.npkg.extract.Finding;
import org.npkg.extract.SentenceAnalysis;
import org.npkg.extract.Trigger;
import org.npkg.extract.time.TimeSpan;
import org.npkg.text.Sentence;
import org.npkg.vocabulary.NP;

/**
 * Prints what the extractor made of a document, sentence by sentence. Offsets in brackets are
 * into the sentence, half-open, as the extractor reports them.
 */
public final class ExplainWriter {

    private ExplainWriter() {}

    public static void text(DocumentExtraction extraction, PrintStream out) {
        List<SentenceAnalysis> sentences = extraction.sentences();
        out.printf("%s: %d sentences, %d mentions, %d findings%n", extraction.document().path(), sentences.size(),
                extraction.mentionCount(), extraction.findingCount());
        if (sentences.isEmpty() && extraction.document().blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING)) {
            out.println("The text reads as a heading only: in plain text a short line that does not end"
                    + " like a sentence (. ! ?) is a heading. End it with a full stop.");
        }
        for (SentenceAnalysis analysis : sentences) {
            sentence(analysis, out);
        }
    }

    private static void sentence(SentenceAnalysis a, PrintStream out) {
        Sentence s = a.sentence();
        String text = s.text();
        out.println();
        out.printf("Sentence %d [%d,%d)%s%n", s.index() + 1, s.start(), s.end(),
                s.section().isEmpty() ? "" : " in " + String.join(" > ", s.section()));
        out.println("  " + s.display());
        section(out, "mentions", a.mentions().stream().map(m -> span(text, m.start(), m.end()) + " → " + concept(m.concept())
                + " " + m.concept().facet().name().toLowerCase(Locale.ROOT) + ", label \"" + m.matched() + "\"").toList());
        section(out, "triggers", a.triggers().stream().map(t -> span(text, t.start(), t.end()) + " → "
                + t.relation().localName() + (t.voice() == Trigger.Voice.FLIP ? " (\"Y " + t.phrase() + " by X\": X acts)" : ""))
                .toList());
        section(out, "cues", a.cues().stream().map(c -> c.kind().name().toLowerCase(Locale.ROOT) + " "
                + span(text, c.start(), c.end()) + ", scope " + span(text, c.start(), c.scopeEnd())).toList());
        section(out, "time spans", a.spans().stream().map(t -> span(text, t.start(), t.end()) + " → " + seconds(t)).toList());
        section(out, "findings", a.findings().stream().map(ExplainWriter::finding).toList());
    }

    private static void section(PrintStream out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        lines.forEach(line -> out.println("    " + line));
    }

    private static String finding(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(concept(f.subject())).append(' ').append(f.relation().localName()).append(' ').append(concept(f.object()));
        b.append("\n      regions: ").append(concepts(f.regions()));
        b.append("; onset: ").append(f.onset().map(t -> "\"" + t.text() + "\" " + seconds(t)).orElse("—"));
        b.append("\n      polarity: ").append(f.negated() ? "negated" : "affirmed");
        b.append("; certainty: ").append(f.hedged() ? "hedged" : "asserted");
        b.append("; species: ").append(concepts(f.species()));
        b.append("; inferred: ").append(f.subjectInferred() ? "yes (subject from the heading)" : "no");
        f.chain().ifPresent(chain -> b.append("; chain: ").append(chain));
        return b.toString();
    }

    private static String span(String text, int start, int end) {
        return "[" + start + "," + end + ") \"" + text.substring(start, Math.min(end, text.length())).replaceAll("\\s+", " ") + "\"";
    }

    /** {@code np:Ketamine (ketamine)}. */
    static String concept(Concept c) {
        String iri = c.iri();
        String name = iri.startsWith(NP.NS) ? NP.PREFIX + ":" + iri.substring(NP.NS.length()) : "<" + iri + ">";
        return name + " (" + c.label() + ")";
    }

    private static String concepts(List<Concept> list) {
        return list.isEmpty() ? "—" : String.join(", ", list.stream().map(ExplainWriter::concept).toList());
    }

    private static String seconds(TimeSpan t) {
        String min = plain(t.minSeconds());
        String range = t.maxSeconds().isPresent() ? min + "–" + plain(t.maxSeconds().getAsDouble()) + " s" : "≥ " + min + " s";
        return range + ", " + t.scale().name().toLowerCase(Locale.ROOT) + (t.qualitative() ? ", from a word" : "");
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
