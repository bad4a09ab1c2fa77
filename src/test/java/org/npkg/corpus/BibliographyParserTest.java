package org.npkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BibliographyParserTest {

    private static Reference only(String entry) {
        RawBlock block = new RawBlock(BlockKind.REFERENCE, 0, entry.length(), 0);
        return BibliographyParser.parse(entry, block).reference();
    }

    @Test
    void apaEntry() {
        Reference r = only("- Abraham, W. C., & Bear, M. F. (1996). Metaplasticity: The plasticity of "
                + "synaptic plasticity. *Trends in Neurosciences*, *19*(4), 126–130. "
                + "[https://doi.org/10.1016/S0166-2236\\(96\\)80018-X](https://doi.org/10.1016/S0166-2236(96)80018-X)");
        assertEquals(List.of("Abraham, W. C.", "Bear, M. F."), r.authors());
        assertEquals(Optional.of(1996), r.year());
        assertEquals("Metaplasticity: The plasticity of synaptic plasticity", r.title());
        assertEquals("Trends in Neurosciences", r.venue());
        assertEquals(Optional.of("10.1016/s0166-2236(96)80018-x"), r.doi());
    }

    @Test
    void apaEntryWithElidedAuthorsAndVolumeInsideTheEmphasis() {
        Reference r = only("Moliner, R., Giryck, M., ... Castrén, E. (2023). Psychedelics promote "
                + "plasticity. *Journal of Contextual Behavioral Science, 15*, 39–45.\n"
                + "<https://doi.org/10.1016/j.jcbs.2019.11.004>");
        assertEquals(List.of("Moliner, R.", "Giryck, M.", "Castrén, E."), r.authors());
        assertEquals("Journal of Contextual Behavioral Science", r.venue());
        assertEquals(Optional.of("10.1016/j.jcbs.2019.11.004"), r.doi());
    }

    @Test
    void etAlEntryWithRepeatedMalformedLinks() {
        Reference r = only("- Tomasz Cholewinski, D. Pereira, M. Moerland, et al. (2021). MTORC1 "
                + "signaling as a biomarker.. *Therapeutic Advances in Psychopharmacology*. "
                + "[[DOI: 10.1177/20451253211036814](https://doi.org/10.1177/20451253211036814]"
                + "(https://doi.org/10.1177/20451253211036814))");
        assertEquals(List.of("Tomasz Cholewinski", "D. Pereira", "M. Moerland"), r.authors());
        assertEquals(Optional.of(2021), r.year());
        assertEquals("MTORC1 signaling as a biomarker", r.title());
        assertEquals("Therapeutic Advances in Psychopharmacology", r.venue());
        assertEquals(Optional.of("10.1177/20451253211036814"), r.doi());
    }

    @Test
    void linkTextCutAtALineBreakDefersToTheCompleteTarget() {
        Reference r = only("Zhang, Z. (2020). Ketamine. *J Mol Neurosci*, *70*(3). "
                + "[https://doi.org/10.1007/s12031-019-](https://doi.org/10.1007/s12031-019-01419-4)\n\n01419-4");
        assertEquals(Optional.of("10.1007/s12031-019-01419-4"), r.doi());
    }

    @Test
    void entryWithoutYearOrDoiStillYieldsAReference() {
        Reference r = only("Anonymous. Some pamphlet.");
        assertEquals(Optional.empty(), r.year());
        assertEquals(Optional.empty(), r.doi());
        assertEquals("Anonymous. Some pamphlet", r.title());
    }
}
