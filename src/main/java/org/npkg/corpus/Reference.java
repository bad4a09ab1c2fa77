package org.npkg.corpus;

import java.util.List;
import java.util.Optional;

/**
 * One parsed bibliography entry.
 *
 * @param start   first character of the entry in {@link Document#text()}
 * @param end     one past its last character
 * @param authors author names as written ("Abraham, W. C." or "Tomasz Cholewinski"), without
 *                "et al." and "…"
 * @param year    publication year, when the entry gives one
 * @param title   title with markup removed and whitespace collapsed; empty when not found
 * @param venue   journal or book (the first emphasised span after the title); empty if none
 * @param doi     normalised DOI, when the entry has one
 */
public record Reference(int start, int end, List<String> authors, Optional<Integer> year,
        String title, String venue, Optional<String> doi) {

    public Reference {
        authors = List.copyOf(authors);
    }
}
