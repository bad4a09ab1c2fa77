package org.npkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Abbreviations that end with a full stop but not a sentence; read from {@code abbreviations.txt}. */
final class Abbreviations {

    private static final String RESOURCE = "abbreviations.txt";
    private final Set<String> entries;
    private final int longest;

    private Abbreviations(Set<String> entries) {
        this.entries = Set.copyOf(entries);
        this.longest = entries.stream().mapToInt(String::length).max().orElse(0);
    }

    static Abbreviations standard() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> entries = new HashSet<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (!entry.endsWith(".")) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ":" + entry.length()
                            + ": an abbreviation must end with a full stop: " + entry);
                }
                if (!entries.add(entry.toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ":1: duplicate abbreviation " + entry);
                }
            }
            return new Abbreviations(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the text ends with a listed abbreviation that starts at a word boundary. */
    boolean endsWithAbbreviation(String text) {
        String tail = text.stripTrailing();
        String lower = tail.substring(Math.max(0, tail.length() - longest)).toLowerCase(Locale.ROOT);
        for (String entry : entries) {
            if (lower.endsWith(entry)) {
                int at = tail.length() - entry.length();
                if (at == 0 || !Character.isLetter(tail.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
