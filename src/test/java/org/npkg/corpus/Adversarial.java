package org.npkg.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the property tests: report-like text assembled from the pieces npkg's parsers
 * react to — concept names, relation words, numbers and units, Markdown marks, citations,
 * brackets, line ends of every kind, control characters, dashes, lone surrogates — mixed with
 * arbitrary characters, and byte arrays that are mostly such text and partly noise.
 */
public final class Adversarial {

    private static final List<String> PIECES = List.of(
            "ketamine", "Ketamine", "psilocybin", "BDNF", "TrkB", "mTOR", "5-HT2A", "5-HT_{2A}R", "AMPAR-BDNF-TrkB-mTOR",
            "hippocampus", "mPFC", "spinogenesis", "rats", "mice", "patients", "ECT", "rTMS", "SSRIs",
            "increases", "decreases", "binds", "requires", "induces", "not", "no", "neither", "nor", "may", "suggests",
            "failed to", "abolished", "and", "in", "the", "of", "after", "within", "up to", "at least", "~", ">", "<",
            "24", "2–4", "2-4", "7—14", "1.5", "1,000", "10^400", "999999999999", "0", "-3", "1e309", "½", "²",
            "h", "hours", "days", "weeks", "months", "years", "minutes to hours", "days–weeks", "acute", "chronic",
            "delayed", "twenty-four", "a few", "half an hour", "times", "per", "Fig.", "et al.", "e.g.", "i.e.", "vs.",
            "(Li et al., 2010)", "(Li et al., 2010; Smith, 2011", "[12]", "[1,", "doi:10.1038/nn.1234",
            "https://doi.org/10.1016/j.x.2020.01.001", "[link](http://x.org/a(b)", "<https://x.org>",
            "(", ")", "[", "]", "{", "}", "((((", "))))", "*", "**", "***", "_", "__", "`", "\\", "|", "#", "## ", "> ",
            "- ", "* ", "1. ", "    - ", "\t", " ", "  ", ".", "!", "?", ":", ";", ",", "\"", "\u201D", "'",
            "\n", "\n\n", "\r\n", "\r", "\f", "\u0007", "\u001B", "\u0085", "\u00A0", "\u2028", "\uFEFF", "\uFFFE",
            "\uD800", "\uDC00", "\uD83E\uDDE0", "é", "ß", "İ", "ﬁ", "\u0301", "References", "Bibliography\n\n1. Li X. 2010.");

    private static final List<String> AGENTS = List.of("Ketamine", "ketamine", "Psilocybin", "ECT", "rTMS",
            "SSRIs", "Fluoxetine", "Exercise", "BDNF", "psychedelics and ketamine", "Neither ketamine nor ECT");
    private static final List<String> VERBS = List.of("increases", "decreases", "may increase", "did not increase",
            "activates", "binds", "requires", "induces", "failed to induce", "abolished", "is associated with");
    private static final List<String> TARGETS = List.of("BDNF", "TrkB", "mTOR", "spinogenesis", "neurogenesis",
            "spine density", "functional connectivity", "the BDNF–TrkB–mTOR pathway", "5-HT2A receptors");
    private static final List<String> NUMBERS = List.of("24", "2", "2–4", "7-14", "1.5", "1,000", "10^400",
            "999999999999", "0", "0.0000001", "1e309", "12 x 10^6", "five", "twenty-four", "a few", "half an",
            "−3", "2 to 4", "8 and 12", "1-2-3");
    private static final List<String> UNITS = List.of("h", "hours", "hr", "min", "minutes", "s", "days", "d",
            "weeks", "wk", "months", "years", "year", "Hz", "mg", "week-long", "-day");
    private static final List<String> CUES = List.of("within", "up to", "at least", "after", "over", "~", ">", "<",
            "less than", "more than", "by", "times", "per", "Fig.", "about", "minutes to hours", "days–weeks",
            "acute", "chronic", "delayed", "rapid");

    private Adversarial() {}

    /** Text dense in time expressions: cues, numbers and units with noise between them. */
    public static Arbitrary<String> timeText(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(NUMBERS)),
                Tuple.of(4, Arbitraries.of(UNITS)),
                Tuple.of(3, Arbitraries.of(CUES)),
                Tuple.of(2, Arbitraries.of("")),
                Tuple.of(2, Arbitraries.of(PIECES)));
        return piece.list().ofMaxSize(maxPieces).map(parts -> String.join(" ", parts));
    }

    /** Sentences that state claims ("Ketamine increases BDNF within 24 h in rats."), with noise between them. */
    public static Arbitrary<String> claims(int maxSentences) {
        Arbitrary<String> claim = Combinators.combine(Arbitraries.of(AGENTS), Arbitraries.of(VERBS),
                Arbitraries.of(TARGETS), timeText(6), text(6), Arbitraries.of(".", ".", "!", "", ";", ".\n\n", "\r"))
                .as((agent, verb, target, time, noise, end) -> agent + " " + verb + " " + target + " " + time + noise + end);
        return Arbitraries.frequencyOf(Tuple.of(3, claim), Tuple.of(1, text(20)))
                .list().ofMaxSize(maxSentences).map(parts -> String.join(" ", parts));
    }

    /** Report-like text of up to {@code maxPieces} pieces. */
    public static Arbitrary<String> text(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(PIECES)),
                Tuple.of(3, Arbitraries.of(" ")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return piece.list().ofMaxSize(maxPieces).map(parts -> String.join("", parts));
    }

    /** Bytes of a file: such text in UTF-8, sometimes behind a byte-order mark, sometimes with noise spliced in. */
    public static Arbitrary<byte[]> fileBytes(int maxPieces) {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(16);
        Arbitrary<byte[]> prefix = Arbitraries.of(new byte[0], new byte[0], new byte[0],
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return Combinators.combine(prefix, text(maxPieces), noise, Arbitraries.integers().between(0, 100))
                .as((head, body, junk, where) -> {
                    byte[] text = body.getBytes(StandardCharsets.UTF_8);
                    int at = text.length * where / 100;
                    byte[] all = new byte[head.length + text.length + (where % 3 == 0 ? junk.length : 0)];
                    int junkLength = all.length - head.length - text.length;
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(text, 0, all, head.length, at);
                    System.arraycopy(junk, 0, all, head.length + at, junkLength);
                    System.arraycopy(text, at, all, head.length + at + junkLength, text.length - at);
                    return all;
                });
    }
}
