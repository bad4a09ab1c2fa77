package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads the four seed reports and checks general properties, not copies of output, so the
 * parsers are held to what a reader of these reports would expect.
 */
class RealCorpusTest {

    private static final Path ROOT = Path.of("data/corpus");

    @Test
    void theSeedReportsParseIntoStructuredDocuments() throws CorpusException {
        assertTrue(Files.isDirectory(ROOT), "seed corpus missing: " + ROOT.toAbsolutePath());
        List<Document> docs = CorpusReader.builder().build().readAll(List.of(ROOT));
        assertEquals(4, docs.size());
        Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));

        for (Document doc : docs) {
            Fixtures.assertOffsetsMapBack(doc);
            assertTrue(count(doc, BlockKind.HEADING) > 0, doc.id() + " has headings");
            long prose = count(doc, BlockKind.PARAGRAPH) + count(doc, BlockKind.LIST_ITEM);
            assertTrue(prose > 10, doc.id() + " has " + prose + " paragraphs and list items");
            assertTrue(doc.blocks().stream().filter(b -> b.kind() != BlockKind.HEADING)
                    .allMatch(b -> !b.sectionPath().isEmpty()), doc.id() + ": every block is in a section");
        }

        Document linked = byId.get("functional-reconfiguration-and-structural-consolidation");
        assertTrue(citationsWithDoi(linked) > 50, "DOI-link citations: " + citationsWithDoi(linked));
        assertTrue(linked.bibliography().size() > 50);
        assertTrue(linked.bibliography().stream().allMatch(r -> r.doi().isPresent() && r.year().isPresent()
                && !r.authors().isEmpty() && !r.title().isEmpty()), "every generated reference parses fully");

        Document thesis = byId.get("neuroplasticity-therapeutic-changes-thesis");
        assertTrue(count(thesis, BlockKind.CAPTION) >= 5, "figure captions");
        assertTrue(thesis.bibliography().size() > 80, "references: " + thesis.bibliography().size());
        long withDoi = thesis.bibliography().stream().filter(r -> r.doi().isPresent()).count();
        assertTrue(withDoi > 0.8 * thesis.bibliography().size(), "references with DOI: " + withDoi);
        List<Citation> authorYear = thesis.blocks().stream().flatMap(b -> b.citations().stream())
                .filter(c -> !c.marker().contains("10.")).toList();
        long resolved = authorYear.stream().filter(c -> c.doi().isPresent()).count();
        assertTrue(authorYear.size() > 100, "author-year citations: " + authorYear.size());
        assertTrue(resolved > 0.7 * authorYear.size(), resolved + " of " + authorYear.size() + " resolve");
        assertTrue(citationsWithDoi(thesis) > 50, "thesis citations with DOI: " + citationsWithDoi(thesis));
    }

    private static long count(Document doc, BlockKind kind) {
        return doc.blocks().stream().filter(b -> b.kind() == kind).count();
    }

    private static long citationsWithDoi(Document doc) {
        return doc.blocks().stream().flatMap(b -> b.citations().stream()).filter(c -> c.doi().isPresent()).count();
    }
}
