package org.npkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a block of text into sentences with OpenNLP's English sentence model, then repairs the
 * splits a general model makes in scientific prose: after abbreviations ("et al.", "e.g."), before
 * a lower-case continuation, and inside decimal numbers. Sentences longer than
 * {@link #MAX_SENTENCE_CHARS} characters (or the length given to {@link #create(int)}) are cut
 * into pieces of that length, so no input makes matching unbounded: a 10 MB line with no full
 * stop is thousands of sentences, not one. The pieces carry the type {@link #CUT}, so a caller
 * can say that a sentence was cut.
 *
 * <p>Instances are not thread-safe (OpenNLP's detector is not); the model is shared.
 */
public final class SentenceSplitter {

    /**
     * The longest sentence kept whole, in characters. The longest sentence of the four source
     * reports is under 1,000 characters; anything longer than this is a table, a list or a
     * reference run together without full stops, and extraction time grows with length.
     */
    public static final int MAX_SENTENCE_CHARS = 2000;

    /** The {@link Span#getType() type} of the pieces of a sentence cut to length. */
    public static final String CUT = "cut";

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static volatile SentenceModel sharedModel;

    private final SentenceDetectorME detector;
    private final Abbreviations abbreviations;
    private final int maxLength;

    private SentenceSplitter(SentenceModel model, Abbreviations abbreviations, int maxLength) {
        // The one constructor that takes the detector's tools from a factory, so that SentenceEnds
        // can replace the default scanner; OpenNLP marks it deprecated. A model built around a
        // factory of our own cannot be used instead: OpenNLP makes a model's factory anew from its
        // class name.
        this.detector = new SentenceDetectorME(model, new SentenceEnds.Factory());
        this.abbreviations = abbreviations;
        this.maxLength = maxLength;
    }

    public static SentenceSplitter create() {
        return new SentenceSplitter(model(), Abbreviations.standard(), MAX_SENTENCE_CHARS);
    }

    public static SentenceSplitter create(int maxLength) {
        return new SentenceSplitter(model(), Abbreviations.standard(), maxLength);
    }

    /** Sentence spans [start, end) within {@code text}, trimmed of surrounding whitespace. */
    public List<Span> split(String text) {
        List<Span> merged = new ArrayList<>();
        for (Span span : detector.sentPosDetect(text)) {
            if (!merged.isEmpty() && continues(text, merged.get(merged.size() - 1), span)) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.getStart(), span.getEnd()));
            } else {
                merged.add(span);
            }
        }
        List<Span> result = new ArrayList<>();
        for (Span span : merged) {
            cap(span, result);
        }
        return result;
    }

    private boolean continues(String text, Span previous, Span next) {
        String before = text.substring(previous.getStart(), previous.getEnd());
        if (abbreviations.endsWithAbbreviation(before)) {
            return true;
        }
        char first = text.charAt(next.getStart());
        if (Character.isLowerCase(first) && !startsWithMixedCase(text, next.getStart())) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && !isClosingQuoteOrBracket(last);
    }

    /** "rTMS is safer.", "mTOR signalling rises.": a mixed-case acronym may start a sentence in lower case. */
    private static boolean startsWithMixedCase(String text, int start) {
        return start + 1 < text.length() && Character.isUpperCase(text.charAt(start + 1));
    }

    private static boolean isClosingQuoteOrBracket(char c) {
        return c == '"' || c == '\u201D' || c == ')' || c == ']';
    }

    private void cap(Span span, List<Span> out) {
        if (span.length() <= maxLength) {
            out.add(new Span(span.getStart(), span.getEnd()));
            return;
        }
        int start = span.getStart();
        while (span.getEnd() - start > maxLength) {
            out.add(new Span(start, start + maxLength, CUT));
            start += maxLength;
        }
        out.add(new Span(start, span.getEnd(), CUT));
    }

    private static SentenceModel model() {
        SentenceModel model = sharedModel;
        if (model == null) {
            synchronized (SentenceSplitter.class) {
                if (sharedModel == null) {
                    sharedModel = load();
                }
                model = sharedModel;
            }
        }
        return model;
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP sentence model " + MODEL, e);
        }
    }
}
