package org.npkg.corpus;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Document ids: stable across runs and machines, safe inside IRIs and file names. */
final class Slug {

    private Slug() {
    }

    /** "RTMS, ECT & SSRIs (Review).md" → "rtms-ect-ssris-review". */
    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ascii = Normalizer.normalize(stem, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }
}
