package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlainTextReadingTest {

    private static final String TITLE = "How does plasticity help?";
    private static Document doc;

    @BeforeAll
    static void read() throws CorpusException {
        doc = Fixtures.read("thesis.txt");
    }

    private static List<String> headings() {
        return Fixtures.blocks(doc, BlockKind.HEADING).stream()
                .map(b -> b.clean().strip()).toList();
    }

    @Test
    void headingsAreRecognisedByShape() {
        assertEquals(List.of(TITLE, "Table of Contents", "ABSTRACT", "INTRODUCTION",
                "Fast Antidepressants", "Ketamine", "Box 1: What is plasticity?",
                "1. Structural Plasticity", "Neuroplasticity is not always good",
                "1. Where does plasticity act?", "BIBLIOGRAPHY"), headings());
    }

    @Test
    void sentencesAndListsAreNotHeadings() {
        assertEquals(BlockKind.PARAGRAPH, Fixtures.blockContaining(doc, "These words end like").kind());
        assertEquals(BlockKind.PARAGRAPH, Fixtures.blockContaining(doc, "In the prefrontal cortex.").kind());
        assertEquals(BlockKind.LIST_ITEM, Fixtures.blockContaining(doc, "First question?").kind());
        assertEquals(BlockKind.CAPTION, Fixtures.blockContaining(doc, "Figure 2:").kind());
    }

    @Test
    void tableOfContentsLinesAreTableBlocksAndSetTopLevelSections() {
        assertEquals(5, Fixtures.blocks(doc, BlockKind.TABLE).size());
        assertEquals(List.of(TITLE, "Fast Antidepressants", "Ketamine"),
                Fixtures.blockContaining(doc, "within hours").sectionPath());
        assertEquals(List.of(TITLE, "Fast Antidepressants", "Box 1: What is plasticity?",
                "1. Structural Plasticity"), Fixtures.blockContaining(doc, "changes shape").sectionPath());
        assertEquals(List.of(TITLE, "1. Where does plasticity act?"),
                Fixtures.blockContaining(doc, "In the prefrontal cortex.").sectionPath(),
                "a numbered heading listed in the contents is top level");
    }

    @Test
    void bibliographyEntriesSurviveWrappingAndBlankLines() {
        List<Block> refs = Fixtures.blocks(doc, BlockKind.REFERENCE);
        assertEquals(9, refs.size());
        assertEquals(9, doc.bibliography().size());
        assertTrue(refs.stream().allMatch(b -> b.sectionPath().equals(List.of(TITLE, "BIBLIOGRAPHY"))));
        Block shao = Fixtures.blockContaining(doc, "Shao, L.-X.");
        assertTrue(shao.clean().contains("neuron.2021.06.008"), "wrapped over blank lines: " + shao.clean());
        Block zou = Fixtures.blockContaining(doc, "Zou, X.");
        assertTrue(zou.clean().contains("Slikker Jr."), "continues until the entry has its year");
        Fixtures.assertOffsetsMapBack(doc);
    }

    @Test
    void emphasisInPlainTextIsBlankedToo() {
        Block item = Fixtures.blockContaining(doc, "First question?");
        assertTrue(item.clean().contains(" First question? "), item.clean());
    }
}
