package org.npkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npkg.store.TestStores;

class QueryFileTest {

    @TempDir
    Path tmp;

    @Test
    void headerGivesTitleDescriptionAndParameters() {
        QueryFile q = QueryFile.parse(TestStores.resource("query/queries/converging-modalities.rq"));
        assertEquals("converging-modalities", q.name());
        assertEquals("Modalities converging on a mechanism", q.title());
        assertTrue(q.description().startsWith("For a mechanism (default TrkB)"), q.description());
        assertTrue(q.description().contains("interventions are stated to act"), "continuation joined: " + q.description());
        assertEquals(List.of(new Parameter("mechanism", "np:TrkB",
                "the mechanism to converge on (a label or a CURIE)")), q.parameters());
        assertTrue(q.sparql().strip().startsWith("SELECT"), "header is not part of the query text");
        assertTrue(q.query().isSelectType());
    }

    @Test
    void quotedDefaultWithHyphenSeparatorIsAStringParameter() {
        QueryFile q = QueryFile.parse(TestStores.resource("query/queries/evidence-containing.rq"));
        Parameter p = q.parameter("needle").orElseThrow();
        assertEquals("\"TrkB\"", p.defaultValue());
        assertEquals("the text to look for, matched literally", p.description());
        assertEquals(Parameter.Kind.STRING, p.kind());
    }

    @Test
    void parameterWithoutDefault() throws Exception {
        Path f = tmp.resolve("nodefault.rq");
        Files.writeString(f, "# title: t\n# param: x — anything\nSELECT ?x { ?x ?p ?o }\n");
        Parameter p = QueryFile.parse(f).parameters().get(0);
        assertNull(p.defaultValue());
        assertEquals("anything", p.description());
        assertEquals(Parameter.Kind.ANY, p.kind());
    }

    @Test
    void missingTitleFallsBackToName() throws Exception {
        Path f = tmp.resolve("bare.rq");
        Files.writeString(f, "SELECT * { ?s ?p ?o }\n");
        QueryFile q = QueryFile.parse(f);
        assertEquals("bare", q.title());
        assertEquals("", q.description());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws Exception {
        Path file = TestStores.resource("query/broken/bad-syntax.rq");
        List<String> lines = Files.readAllLines(file);
        int line = 0;
        while (!lines.get(line).startsWith("SELECT")) {
            line++;
        }
        int column = lines.get(line).lastIndexOf('}') + 1;
        QueryException e = assertThrows(QueryException.class, () -> QueryFile.parse(file));
        assertEquals("query-syntax", e.id());
        assertTrue(e.getMessage().startsWith(file + ":" + (line + 1) + ":" + column + ": "), e.getMessage());
    }

    @Test
    void syntaxErrorOnTheFirstLineOfABareQuery() throws Exception {
        Path f = tmp.resolve("oops.rq");
        Files.writeString(f, "SELEKT ?x { ?x ?p ?o }\n");
        QueryException e = assertThrows(QueryException.class, () -> QueryFile.parse(f));
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(f.toString()) + ":1:[1-9]\\d*: SPARQL syntax error: .*"),
                e.getMessage());
    }

    @Test
    void declaredParameterMustOccurInTheQuery() {
        Path file = TestStores.resource("query/broken/undeclared-var.rq");
        QueryException e = assertThrows(QueryException.class, () -> QueryFile.parse(file));
        assertEquals("query-header", e.id());
        assertTrue(e.getMessage().startsWith(file + ":2:1: "), e.getMessage());
        assertTrue(e.getMessage().contains("region"), e.getMessage());
    }

    @Test
    void duplicateParameterIsRejected() throws Exception {
        Path f = tmp.resolve("dup.rq");
        Files.writeString(f, "# param: x = 1\n# param: x = 2\nSELECT ?x { ?x ?p ?o }\n");
        QueryException e = assertThrows(QueryException.class, () -> QueryFile.parse(f));
        assertTrue(e.getMessage().startsWith(f + ":2:1: "), e.getMessage());
    }
}
