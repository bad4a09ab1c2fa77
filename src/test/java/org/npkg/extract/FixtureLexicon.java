package org.npkg.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.npkg.text.Sentence;
import org.npkg.vocabulary.NP;

/** A small lexicon written out in code, so extraction tests do not depend on the real ontology. */
final class FixtureLexicon {

    static final Concept KETAMINE = concept("Ketamine", "ketamine", Facet.INTERVENTION);
    static final Concept PSILOCYBIN = concept("Psilocybin", "psilocybin", Facet.INTERVENTION);
    static final Concept PSYCHEDELICS = concept("Psychedelics", "psychedelics", Facet.INTERVENTION);
    static final Concept RTMS = concept("RTMS", "rTMS", Facet.INTERVENTION);
    static final Concept ECT = concept("ECT", "ECT", Facet.INTERVENTION);
    static final Concept FLUOXETINE = concept("Fluoxetine", "fluoxetine", Facet.INTERVENTION);
    static final Concept BDNF = concept("BDNF", "BDNF", Facet.MECHANISM);
    static final Concept TRKB = concept("TrkB", "TrkB", Facet.MECHANISM);
    static final Concept MTOR = concept("MTOR", "mTOR", Facet.MECHANISM);
    static final Concept MTORC1 = concept("MTORC1", "mTORC1", Facet.MECHANISM);
    static final Concept AMPAR = concept("AMPAReceptor", "AMPAR", Facet.MECHANISM);
    static final Concept SPINE_DENSITY = concept("DendriticSpineDensity", "spine density", Facet.STRUCTURAL_OUTCOME);
    static final Concept SPINOGENESIS = concept("Spinogenesis", "spinogenesis", Facet.STRUCTURAL_OUTCOME);
    static final Concept NEUROGENESIS = concept("Neurogenesis", "neurogenesis", Facet.STRUCTURAL_OUTCOME);
    static final Concept CONNECTIVITY = concept("FunctionalConnectivity", "functional connectivity", Facet.FUNCTIONAL_OUTCOME);
    static final Concept MPFC = concept("MedialPrefrontalCortex", "mPFC", Facet.REGION);
    static final Concept HIPPOCAMPUS = concept("Hippocampus", "hippocampus", Facet.REGION);
    static final Concept RAT = concept("Rat", "rat", Facet.SPECIES);
    static final Concept EXERCISE = concept("Exercise", "exercise", Facet.INTERVENTION);
    static final Concept SSRIS = concept("SSRIs", "SSRI", Facet.INTERVENTION);
    static final Concept ANTIDEPRESSANTS = concept("Antidepressants", "antidepressant", Facet.INTERVENTION);
    static final Concept NEUROTROPHIC = concept("NeurotrophicFactors", "neurotrophic factors", Facet.MECHANISM);
    static final Concept GDNF = concept("GDNF", "GDNF", Facet.MECHANISM);
    static final Concept NMDAR = concept("NMDAReceptor", "NMDAR", Facet.MECHANISM);
    static final Concept EXCITABILITY = concept("CorticalExcitability", "excitability", Facet.FUNCTIONAL_OUTCOME);
    static final Concept PLASTICITY = concept("Neuroplasticity", "plasticity", Facet.OUTCOME);
    static final Concept CORTEX = concept("Cortex", "cortex", Facet.REGION);
    static final Concept SPINE_LOSS = concept("SpineLoss", "spine loss", Facet.STRUCTURAL_OUTCOME);

    private FixtureLexicon() {}

    static Concept concept(String localName, String label, Facet facet) {
        return new Concept(NP.resource(localName).getURI(), label, facet);
    }

    /** The fixture lexicon, with {@code extra} concepts a test needs under their labels. */
    static Lexicon lexicon(Concept... extra) {
        Lexicon.Builder builder = Lexicon.builder();
        for (Concept c : List.of(KETAMINE, PSILOCYBIN, PSYCHEDELICS, RTMS, ECT, FLUOXETINE, BDNF, TRKB, MTOR, MTORC1, AMPAR,
                SPINE_DENSITY, SPINOGENESIS, NEUROGENESIS, CONNECTIVITY, MPFC, HIPPOCAMPUS, RAT, EXERCISE, SSRIS, ANTIDEPRESSANTS,
                NEUROTROPHIC, GDNF, NMDAR, EXCITABILITY, PLASTICITY, CORTEX)) {
            builder.add(c, c.label());
        }
        for (Concept c : extra) {
            builder.add(c, c.label());
        }
        builder.add(HIPPOCAMPUS, "hippocampal");
        builder.add(AMPAR, "AMPA receptor");
        return builder.build();
    }

    static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, List.of(), List.of());
    }

    /**
     * The findings an extractor over this lexicon reads in one sentence, as "subject RELATION object"
     * whatever their polarity; {@code topic} is its section's topic.
     */
    static Set<String> triples(String text, Concept... topic) {
        return triples(lexicon(), text, topic);
    }

    static Set<String> triples(Lexicon lexicon, String text, Concept... topic) {
        Extractor extractor = Extractor.builder().lexicon(lexicon).build();
        return extractor.analyse(sentence(text), List.of(topic)).findings().stream()
                .map(f -> f.subject().label() + " " + f.relation() + " " + f.object().label())
                .collect(Collectors.toSet());
    }
}
