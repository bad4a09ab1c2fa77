package org.npkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hand annotations of {@code data/gold/*.jsonl} (format in {@code data/gold/README.md}):
 * sentence boundaries, time expressions, mentions and findings. A malformed line is an error
 * naming file and line.
 */
public record Gold(List<Span> sentences, List<Time> times, List<Span> mentions, List<Claim> findings) {

    /** A sentence or a mention: [start, end) in a document; {@code concept} is empty for sentences. */
    public record Span(String doc, int start, int end, String text, String concept) {}

    /** A time expression with its normalised value; {@code max} null when open-ended. */
    public record Time(String doc, int start, int end, String text, double min, Double max, String scale) {}

    /**
     * A finding of a sentence [start, end); concepts as local names in np:; {@code onset} the time
     * expression [start, end) of the document that says when it happens, if the sentence says.
     */
    public record Claim(String doc, int start, int end, String subject, String relation, String object,
            boolean negated, boolean hedged, boolean inferred, Optional<Span> onset) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Gold load(Path dir) throws GoldException {
        List<Span> sentences = new ArrayList<>();
        List<Time> times = new ArrayList<>();
        List<Span> mentions = new ArrayList<>();
        List<Claim> findings = new ArrayList<>();
        for (Path file : files(dir)) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    switch (text(node, "type")) {
                        case "sentence" -> sentences.add(span(node, ""));
                        case "mention" -> mentions.add(span(node, local(text(node, "concept"))));
                        case "time" -> times.add(time(node));
                        case "finding" -> findings.add(claim(node));
                        default -> throw new IllegalArgumentException("unknown type " + node.get("type"));
                    }
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    throw new GoldException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return new Gold(sentences, times, mentions, findings);
    }

    private static Span span(JsonNode node, String concept) {
        return new Span(text(node, "doc"), node.get("start").asInt(), node.get("end").asInt(), text(node, "text"), concept);
    }

    private static Time time(JsonNode node) {
        JsonNode max = node.get("max");
        return new Time(text(node, "doc"), node.get("start").asInt(), node.get("end").asInt(), text(node, "text"),
                node.get("min").asDouble(), max == null || max.isNull() ? null : max.asDouble(), text(node, "scale"));
    }

    private static Claim claim(JsonNode node) {
        return new Claim(text(node, "doc"), node.get("start").asInt(), node.get("end").asInt(),
                local(text(node, "subject")), local(text(node, "relation")), local(text(node, "object")),
                text(node, "polarity").equals("np:Negated"), text(node, "certainty").equals("np:Hedged"),
                node.path("inferred").asBoolean(false), onset(node));
    }

    private static Optional<Span> onset(JsonNode node) {
        JsonNode onset = node.get("onset");
        if (onset == null || onset.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new Span(text(node, "doc"), onset.get("start").asInt(), onset.get("end").asInt(),
                text(onset, "text"), ""));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }

    /** "np:TrkB" → "TrkB". */
    private static String local(String curie) {
        if (!curie.startsWith("np:")) {
            throw new IllegalArgumentException("expected an np: CURIE, found " + curie);
        }
        return curie.substring(3);
    }

    private static List<Path> files(Path dir) throws GoldException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new GoldException("cannot read gold folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<String> read(Path file) throws GoldException {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new GoldException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
