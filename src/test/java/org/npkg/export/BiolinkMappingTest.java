package org.npkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.npkg.vocabulary.NP;

class BiolinkMappingTest {

    private static final String TABLE = """
            # a header
            category\tnp:DomainConcept\tbiolink:NamedThing
            category\tnp:Intervention\tbiolink:Treatment
            category\tnp:Psychedelics\tbiolink:Drug|biolink:ChemicalEntity
            predicate\tnp:Binds\tbiolink:physically_interacts_with
            """;

    private static Model concepts() {
        Model m = ModelFactory.createDefaultModel();
        m.add(NP.Intervention, RDFS.subClassOf, NP.DomainConcept);
        m.add(NP.resource("Psilocybin"), RDF.type, NP.Intervention);
        m.add(NP.resource("Psilocybin"), RDF.type, NP.DomainConcept);
        m.add(NP.resource("Psilocybin"), SKOS.broader, NP.resource("Tryptamines"));
        m.add(NP.resource("Tryptamines"), SKOS.broader, NP.resource("Psychedelics"));
        m.add(NP.resource("RTMS"), RDF.type, NP.DomainConcept);
        m.add(NP.resource("RTMS"), RDF.type, NP.Intervention);
        return m;
    }

    @Test
    void theNearestBroaderConceptWinsOverTheClass() {
        BiolinkMapping mapping = BiolinkMapping.parse(TABLE, "t.tsv");
        assertEquals(List.of("biolink:Drug", "biolink:ChemicalEntity"), mapping.categories(NP.resource("Psilocybin"), concepts()));
    }

    @Test
    void theMostSpecificClassWinsOverItsSuperclass() {
        BiolinkMapping mapping = BiolinkMapping.parse(TABLE, "t.tsv");
        assertEquals(List.of("biolink:Treatment"), mapping.categories(NP.resource("RTMS"), concepts()));
        assertEquals(List.of(BiolinkMapping.DEFAULT_CATEGORY), mapping.categories(NP.resource("Unknown"), concepts()));
    }

    @Test
    void predicatesMapAndDefaultToRelatedTo() {
        BiolinkMapping mapping = BiolinkMapping.parse(TABLE, "t.tsv");
        assertEquals("biolink:physically_interacts_with", mapping.predicate(NP.resource("Binds").getURI()));
        assertEquals(BiolinkMapping.DEFAULT_PREDICATE, mapping.predicate(NP.resource("Requires").getURI()));
    }

    @Test
    void badRowsNameTheirLine() {
        ExportException kind = assertThrows(ExportException.class,
                () -> BiolinkMapping.parse("# h\ncolour\tnp:BDNF\tbiolink:Protein\n", "t.tsv"));
        assertTrue(kind.getMessage().startsWith("t.tsv:2:1: unknown kind"), kind.getMessage());
        ExportException twice = assertThrows(ExportException.class,
                () -> BiolinkMapping.parse("category\tnp:BDNF\tbiolink:Protein\ncategory\tnp:BDNF\tbiolink:Gene\n", "t.tsv"));
        assertTrue(twice.getMessage().startsWith("t.tsv:2:"), twice.getMessage());
        ExportException notBiolink = assertThrows(ExportException.class,
                () -> BiolinkMapping.parse("category\tnp:BDNF\tGene\n", "t.tsv"));
        assertTrue(notBiolink.getMessage().contains("not a Biolink CURIE"), notBiolink.getMessage());
    }

    @Test
    void npkgsOwnTableLoads() {
        BiolinkMapping mapping = BiolinkMapping.standard();
        assertEquals("biolink:positively_regulates", mapping.predicate(NP.resource("Increases").getURI()));
    }
}
