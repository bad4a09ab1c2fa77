package org.npkg.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Document ids: stable across runs and machines, safe inside IRIs and file names. */
final class Slug {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    /** "RTMS, ECT & SSRIs (Review).md" → "rtms-ect-ssris-review". */
    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ascii = MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "document" : slug;
    }
}
