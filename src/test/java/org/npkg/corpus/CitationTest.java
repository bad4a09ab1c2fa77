package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void doiLinksAreCitedWithNormalisedDois() throws CorpusException {
        Document doc = Fixtures.read("review/Synaptic_Review.md");
        List<Citation> citations = Fixtures.blockContaining(doc, "Ketamine").citations();
        assertEquals(2, citations.size());
        assertEquals("DOI: 10.1038/s41583-024-00846-6", citations.get(0).marker());
        assertEquals(Optional.of("10.1038/s41583-024-00846-6"), citations.get(0).doi());
        assertEquals(Optional.of("10.1080/14737175.2019.1554434"), citations.get(1).doi(),
                "trailing ';' is not part of the DOI");
        for (Citation c : citations) {
            String span = doc.text().substring(c.start(), c.end());
            assertTrue(span.startsWith("[DOI:") && span.endsWith(")"), span);
        }
    }

    @Test
    void bareDoisAreCitedWithoutTrailingPunctuation() throws CorpusException {
        Document doc = Fixtures.read("review/Synaptic_Review.md");
        Citation labelled = Fixtures.blockContaining(doc, "AMPA throughput").citations().get(0);
        assertEquals("doi:10.1002/DA.22501", labelled.marker());
        assertEquals(Optional.of("10.1002/da.22501"), labelled.doi());
        Citation url = Fixtures.blockContaining(doc, "SSRIs act").citations().get(0);
        assertEquals(Optional.of("10.1016/s0166-2236(96)80018-x"), url.doi(), "balanced parentheses kept");
        assertEquals(url.marker(), doc.text().substring(url.start(), url.end()));
    }

    @Test
    void authorYearMarkersResolveThroughTheBibliography() throws CorpusException {
        Document doc = Fixtures.read("thesis.txt");
        Map<String, Optional<String>> byMarker = doc.blocks().stream()
                .flatMap(b -> b.citations().stream())
                .collect(Collectors.toMap(Citation::marker, Citation::doi, (a, b) -> a));
        assertEquals(Optional.of("10.1038/s41380-019-0615-x"), byMarker.get("Price & Duman, 2020"));
        assertEquals(Optional.of("10.1016/s0166-2236(96)80018-x"), byMarker.get("Abraham & Bear, 1996"));
        assertEquals(Optional.of("10.1126/science.1190287"), byMarker.get("Li et al., 2010"));
        assertEquals(Optional.of("10.1002/syn.21784"), byMarker.get("Ruddy et al., 2015a"));
        assertEquals(Optional.of("10.1002/syn.99999"), byMarker.get("Ruddy et al., 2015b"));
        assertEquals(Optional.of("10.1016/j.neuron.2021.06.008"), byMarker.get("Shao et al. (2021)"));
        assertEquals(Optional.of("10.1038/s41593-023-01316-5"), byMarker.get("Moliner et al., (2023)"));
        assertEquals(Optional.of("10.1038/mp.2017.61"), byMarker.get("Castrén & Antila, 2017"));
        assertEquals(Optional.empty(), byMarker.get("Unknown et al. (1999)"), "found but unresolved");
    }

    @Test
    void narrativeMarkersAreFoundWhateverLettersAndMarksTheirAuthorsAreWrittenWith() {
        String text = "Results\n\nAs van der Berg & O\u2019Neil-Smith (2019) and \u017bak and Dupr\u00e9, (2018) showed, and as "
                + "D'Souza et al. (2020) found, spines grow after ketamine; Figure (2021) is no author.\n";
        Document doc = CorpusReader.builder().build().readPlainText("narrative.txt", text);
        List<String> markers = doc.blocks().stream().flatMap(b -> b.citations().stream()).map(Citation::marker).toList();
        assertEquals(List.of("van der Berg & O\u2019Neil-Smith (2019)", "\u017bak and Dupr\u00e9, (2018)",
                "D'Souza et al. (2020)"), markers);
    }

    @Test
    void aParentheticalGroupYieldsOneCitationPerMarkerAtItsOwnOffsets() throws CorpusException {
        Document doc = Fixtures.read("thesis.txt");
        Block block = Fixtures.blockContaining(doc, "Spines grow after ketamine");
        List<String> markers = block.citations().stream().map(Citation::marker).toList();
        assertEquals(List.of("Li et al., 2010", "Ruddy et al., 2015a", "Ruddy et al., 2015b",
                "Shao et al. (2021)", "Moliner et al., (2023)", "Unknown et al. (1999)"), markers);
        for (Citation c : block.citations()) {
            assertEquals(c.marker(), doc.text().substring(c.start(), c.end()));
        }
    }

    @Test
    void captionsCarryCitationsToo() throws CorpusException {
        Document doc = Fixtures.read("thesis.txt");
        Block caption = Fixtures.blockContaining(doc, "Figure 2:");
        assertEquals(BlockKind.CAPTION, caption.kind());
        assertEquals(Optional.of("10.1126/science.1190287"), caption.citations().get(0).doi());
    }
}
