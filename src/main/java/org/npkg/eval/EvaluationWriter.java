package org.npkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes an evaluation as a readable text report or as JSON. */
public final class EvaluationWriter {

    private EvaluationWriter() {}

    public static void text(Evaluation e, boolean details, PrintStream out) {
        out.println("                          precision  recall      F1     tp    fp    fn");
        line(out, "findings", e.findings());
        e.byRelation().forEach((relation, score) -> line(out, "  relation " + relation, score));
        e.byFacet().forEach((facet, score) -> line(out, "  object " + facet.toLowerCase(Locale.ROOT), score));
        line(out, "mentions", e.mentions());
        line(out, "sentence boundaries", e.sentences());
        line(out, "time expressions", e.times());
        out.printf(Locale.ROOT, "time spans exactly right: %.3f%n", e.timesExact());
        out.printf(Locale.ROOT, "polarity right on matched findings: %.3f%n", e.polarityRight());
        out.printf(Locale.ROOT, "certainty right on matched findings: %.3f%n", e.certaintyRight());
        out.printf(Locale.ROOT, "onset right on matched findings: %.3f%n", e.onsetRight());
        if (details) {
            for (Evaluation.Miss miss : e.misses()) {
                out.printf("%s %s: %s %s %s%n    %s%n", miss.falsePositive() ? "FP" : "FN", miss.doc(), miss.subject(),
                        miss.relation(), miss.object(), miss.sentence());
            }
        }
    }

    private static void line(PrintStream out, String name, Score s) {
        out.printf(Locale.ROOT, "%-26s %8.3f %7.3f %7.3f %6d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }

    public static void json(Evaluation e, boolean details, PrintStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("findings", score(e.findings()));
        root.put("byRelation", scores(e.byRelation()));
        root.put("byObjectFacet", scores(e.byFacet()));
        root.put("mentions", score(e.mentions()));
        root.put("sentenceBoundaries", score(e.sentences()));
        root.put("timeExpressions", score(e.times()));
        root.put("timeSpansExact", e.timesExact());
        root.put("polarityRight", e.polarityRight());
        root.put("certaintyRight", e.certaintyRight());
        root.put("onsetRight", e.onsetRight());
        if (details) {
            root.put("misses", e.misses());
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, Object> scores(Map<String, Score> scores) {
        Map<String, Object> map = new LinkedHashMap<>();
        scores.forEach((key, score) -> map.put(key, score(score)));
        return map;
    }

    private static Map<String, Object> score(Score s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("precision", s.precision());
        map.put("recall", s.recall());
        map.put("f1", s.f1());
        map.put("tp", s.truePositives());
        map.put("fp", s.falsePositives());
        map.put("fn", s.falseNegatives());
        return map;
    }

}
