package org.npkg.report;

import java.util.List;

/**
 * Everything the report shows, as the report queries answered it. The page embeds this as
 * JSON, so the field names are part of what the page offers to other tools.
 *
 * @param summary  the graph in numbers
 * @param matrix   one entry per modality and mechanism with the findings that tie them
 * @param onsets   the onset spans stated per modality and kind of change
 * @param places   the regions and networks of change per modality and kind of change
 * @param evidence every finding with its sentence, in document and reading order
 */
public record ReportData(Summary summary, List<MatrixCell> matrix, List<Onset> onsets, List<Place> places,
        List<Evidence> evidence) {

    public ReportData {
        matrix = List.copyOf(matrix);
        onsets = List.copyOf(onsets);
        places = List.copyOf(places);
        evidence = List.copyOf(evidence);
    }

    /** Counts over the whole graph; sentences are those that state at least one finding. */
    public record Summary(long documents, long sentences, long findings, long negated, long hedged,
            long concepts, long conceptsUsed) {

        /** {@code part} as a share of all findings, 0 when there are none. */
        public double shareOfFindings(long part) {
            return findings == 0 ? 0 : (double) part / findings;
        }
    }

    /** The affirmed findings (IRIs) that tie an intervention of a modality to a mechanism. */
    public record MatrixCell(String modality, String mechanism, List<String> findings) {
        public MatrixCell {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A stated onset span: kind is "functional" or "structural"; maxSeconds is null when the span
     * is open-ended; said is the report's words.
     */
    public record Onset(String modality, String kind, double minSeconds, Double maxSeconds, String said, long findings) {}

    /** A region or network (placeKind "region" or "network") where findings place a change of that kind. */
    public record Place(String modality, String kind, String place, String placeKind, long findings) {}

    /** One finding with its evidence; empty strings where the graph says nothing. */
    public record Evidence(String finding, String subject, String relation, String object, String sentence,
            String document, String section, String polarity, String certainty, String species, String regions,
            String onset, List<String> dois) {
        public Evidence {
            dois = List.copyOf(dois);
        }
    }
}
