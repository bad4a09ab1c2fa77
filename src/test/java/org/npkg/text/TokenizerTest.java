package org.npkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> norms(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    @Test
    void subscriptMarkupIsPartOfTheWord() {
        assertEquals(List.of("5", "-", "HT2AR"), norms("5-HT_{2A}R"));
        assertEquals(List.of("5", "-", "HT2A", "receptor"), norms("5-HT_2A receptors"));
    }

    @Test
    void unicodeDashesReadAsHyphens() {
        assertEquals(List.of("BDNF", "-", "TrkB", "-", "mTOR"), norms("BDNF\u2013TrkB\u2014mTOR"));
    }

    @Test
    void acronymsKeepCaseAndOtherWordsFold() {
        assertEquals(List.of("ketamine", "ACC", "dlpfc"), norms("Ketamine ACC dlpfc"));
        assertEquals(List.of("introduction"), norms("INTRODUCTION"), "a long all-capitals word is not an acronym");
    }

    @Test
    void pluralsAndPossessivesReduce() {
        assertEquals(List.of("ketamine", "spine", "SSRI", "mouse", "synapse", "process"),
                norms("ketamine\u2019s spines SSRIs mice synapses processes"));
        assertEquals(List.of("analysis", "stress"), norms("analysis stress"));
    }

    @Test
    void aWordInTextReadsAsNormaliseReadsIt() {
        for (String word : List.of("Ketamine", "\u0394FosB", "\u00c4RZTE", "\u00c4rzte", "caf\u00e9s", "mTORC1", "NMDARs", "SSRIs",
                "INTRODUCTION", "GABAergic", "mice")) {
            assertEquals(List.of(Tokenizer.normalise(word)), norms(word), word);
        }
        assertEquals(List.of(Tokenizer.normalise("HT2As")), norms("HT_{2A}s"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  rTMS boosts BDNF.";
        for (Token token : Tokenizer.tokenize(text)) {
            String slice = text.substring(token.start(), token.end());
            assertEquals(Tokenizer.tokenize(slice).get(0).norm(), token.norm());
        }
    }
}
