package org.npkg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a term is defined in the ontology's Turtle files. Jena's parser keeps no positions for
 * triples, so this reads the files as text: a term is defined on the first line that starts with
 * its CURIE, the Turtle style every ontology file follows. Good enough to send a curator to the
 * right block; a term written another way falls back to the first line that mentions it.
 */
final class SourceLines {

    private static final Pattern SUBJECT = Pattern.compile("^(np:[\\w.-]*\\w)(?=[\\s;,.]|$)");

    private record Place(Path file, int line, int column) {
        String where() {
            return file + ":" + line + ":" + column;
        }
    }

    private final Map<Path, List<String>> lines = new HashMap<>();
    private final Map<String, Place> subjects = new HashMap<>();
    private final List<Path> files;
    private final Path dir;

    private SourceLines(Path dir, List<Path> files) throws IOException {
        this.dir = dir;
        this.files = List.copyOf(files);
        for (Path file : files) {
            List<String> text = Files.readAllLines(file);
            lines.put(file, text);
            for (int i = 0; i < text.size(); i++) {
                Matcher m = SUBJECT.matcher(text.get(i));
                if (m.find()) {
                    subjects.putIfAbsent(m.group(1), new Place(file, i + 1, 1));
                }
            }
        }
    }

    static SourceLines of(Path dir, List<Path> files) throws IOException {
        return new SourceLines(dir, new ArrayList<>(files));
    }

    /** Where {@code curie} is defined, or first mentioned, or the folder when nowhere. */
    String of(String curie) {
        Place place = subjects.get(curie);
        if (place != null) {
            return place.where();
        }
        for (Path file : files) {
            List<String> text = lines.get(file);
            for (int i = 0; i < text.size(); i++) {
                int col = indexOfTerm(text.get(i), curie);
                if (col >= 0) {
                    return new Place(file, i + 1, col + 1).where();
                }
            }
        }
        return folder();
    }

    /** The folder itself, for problems that belong to no one place. */
    String folder() {
        return dir + ":0:0";
    }

    /** Where the quoted {@code literal} first appears in the block of {@code curie}. */
    String of(String curie, String literal) {
        Place place = subjects.get(curie);
        if (place == null) {
            return of(curie);
        }
        List<String> text = lines.get(place.file());
        String quoted = "\"" + literal + "\"";
        for (int i = place.line() - 1; i < text.size(); i++) {
            if (i > place.line() - 1 && SUBJECT.matcher(text.get(i)).find()) {
                break;
            }
            int col = text.get(i).indexOf(quoted);
            if (col >= 0) {
                return new Place(place.file(), i + 1, col + 1).where();
            }
        }
        return place.where();
    }

    private static int indexOfTerm(String line, String curie) {
        int from = 0;
        while (true) {
            int at = line.indexOf(curie, from);
            if (at < 0) {
                return -1;
            }
            int after = at + curie.length();
            if (after == line.length() || !Character.isLetterOrDigit(line.charAt(after)) && line.charAt(after) != '_') {
                return at;
            }
            from = after;
        }
    }
}
