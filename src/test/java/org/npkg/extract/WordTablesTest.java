package org.npkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npkg.text.Tokenizer;

class WordTablesTest {

    @Test
    void cueScopesEndAtClauseBoundaries() {
        String text = "Ketamine does not reduce spines; it increases them.";
        CueWords.Analysis analysis = CueWords.standard().analyse(Tokenizer.tokenize(text), text.length());
        List<Cue> cues = analysis.cues();
        assertEquals(1, cues.size());
        assertEquals(Cue.Kind.NEGATION, cues.get(0).kind());
        assertTrue(cues.get(0).covers(text.indexOf("reduce")));
        assertTrue(!cues.get(0).covers(text.indexOf("increases")));
    }

    @Test
    void pseudoCuesMaskTheirNegation() {
        String text = "Ketamine is not only fast but durable.";
        assertTrue(CueWords.standard().analyse(Tokenizer.tokenize(text), text.length()).cues().isEmpty());
    }

    @Test
    void triggersInflectAndNeverOverlapMentions() {
        String text = "rTMS upregulated BDNF and increases binding.";
        List<Trigger> triggers = TriggerWords.standard().find(Tokenizer.tokenize(text), List.of());
        assertEquals(List.of(Relation.INCREASES, Relation.INCREASES, Relation.BINDS),
                triggers.stream().map(Trigger::relation).toList());
    }
}
