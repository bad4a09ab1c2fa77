package org.npkg.corpus;

import java.util.Optional;

/**
 * A citation inside a block.
 *
 * @param start  first character in {@link Document#text()}; for a link, the whole link
 * @param end    one past the last character
 * @param marker the citation as written, e.g. "Li et al., 2010" or, for a link, its visible
 *               text "DOI: 10.1002/da.22501"
 * @param doi    lower-case DOI without resolver prefix or trailing punctuation; for author–year
 *               markers, the DOI of the bibliography entry they resolve to, when one does
 */
public record Citation(int start, int end, String marker, Optional<String> doi) {
}
