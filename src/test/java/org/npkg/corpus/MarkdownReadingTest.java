package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownReadingTest {

    private static Document doc;

    @BeforeAll
    static void read() throws CorpusException {
        doc = Fixtures.read("review/Synaptic_Review.md");
    }

    @Test
    void idAndPathComeFromTheFileName() {
        assertEquals("synaptic-review", doc.id());
        assertEquals("review/Synaptic_Review.md", doc.path());
    }

    @Test
    void headingsLoseHashesAndBoldAndNestBySectionLevel() {
        List<Block> headings = Fixtures.blocks(doc, BlockKind.HEADING);
        assertEquals(List.of("Plasticity After Treatment"), headings.get(0).sectionPath());
        assertEquals(List.of("Plasticity After Treatment", "Fast Agents"), headings.get(1).sectionPath());
        assertEquals(List.of("Plasticity After Treatment", "Fast Agents", "Slow Agents"),
                headings.get(2).sectionPath());
        assertEquals(List.of("Plasticity After Treatment", "References"), headings.get(3).sectionPath());
        assertEquals(List.of("Plasticity After Treatment", "Fast Agents"),
                Fixtures.blockContaining(doc, "Ketamine").sectionPath());
    }

    @Test
    void paragraphSpansLinesAndListItemsKeepLazyContinuations() {
        Block paragraph = Fixtures.blockContaining(doc, "Ketamine");
        assertEquals(BlockKind.PARAGRAPH, paragraph.kind());
        assertTrue(paragraph.clean().contains("\nand induce  c-Fos  expression"), paragraph.clean());
        Block item = Fixtures.blockContaining(doc, "Time course:");
        assertEquals(BlockKind.LIST_ITEM, item.kind());
        assertTrue(item.clean().contains("continues the same item"));
        assertEquals(3, Fixtures.blocks(doc, BlockKind.LIST_ITEM).size());
        assertEquals(BlockKind.CAPTION, Fixtures.blockContaining(doc, "Figure 1:").kind());
    }

    @Test
    void markupIsBlankedButWordsKeepTheirOffsets() {
        Fixtures.assertOffsetsMapBack(doc);
        Block paragraph = Fixtures.blockContaining(doc, "Ketamine");
        String clean = paragraph.clean();
        assertTrue(clean.contains(" increases "), clean);
        assertTrue(clean.contains(" 24 h "), clean);
        assertTrue(clean.contains("5-HT_2A and 5-HT_{2A}R"), "intra-word underscores stay: " + clean);
        assertFalse(clean.contains("doi.org"), "DOI links are blanked whole: " + clean);
        assertFalse(clean.contains("*") || clean.contains("[") || clean.contains("("), clean);
        Block item = Fixtures.blockContaining(doc, "Time course:");
        assertTrue(item.clean().startsWith("  "), "bullet blanked: " + item.clean());
        assertTrue(item.clean().contains(" weeks "), item.clean());
        assertTrue(item.clean().contains(" https://example.org/notes "), "autolink brackets blanked");
    }

    @Test
    void referenceEntriesAreSeparateBlocksWithoutCitations() {
        List<Block> refs = Fixtures.blocks(doc, BlockKind.REFERENCE);
        assertEquals(2, refs.size());
        assertTrue(refs.stream().allMatch(b -> b.citations().isEmpty()));
        assertFalse(refs.get(0).clean().contains("doi.org"), refs.get(0).clean());
        assertTrue(refs.get(0).clean().strip().endsWith("Psychopharmacology ."),
                "malformed repeated links blanked whole: " + refs.get(0).clean());
    }
}
