package org.npkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {

    @TempDir
    Path tmp;

    private Store store;
    private DatasetGraph fixture;

    @BeforeEach
    void build() throws Exception {
        store = TestStores.fixtureStore(tmp.resolve("store"));
        fixture = RDFDataMgr.loadDatasetGraph(TestStores.fixtureGraph().toString());
    }

    private byte[] export(ExportFormat format) throws StoreException {
        return store.read(ds -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(format).write(ds, out);
            return out.toByteArray();
        });
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "KGX")
    void exportReadsBackToTheSameCount(ExportFormat format) throws Exception {
        byte[] bytes = export(format);
        if (format.isQuads()) {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(back);
            assertEquals(fixture.stream().count(), back.stream().count());
            assertEquals(count(fixture.listGraphNodes()), count(back.listGraphNodes()));
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(back);
            assertEquals(fixture.getUnionGraph().size(), back.size());
        }
    }

    @Test
    void sortedNQuadsAreIdenticalAcrossExports() throws Exception {
        byte[] first = export(ExportFormat.NQUADS);
        byte[] second = export(ExportFormat.NQUADS);
        assertArrayEquals(first, second);
        List<String> lines = new String(first, StandardCharsets.UTF_8).lines().toList();
        assertEquals(lines.stream().sorted().toList(), lines, "lines are in sorted order");
        assertTrue(lines.size() > 0);
    }

    @Test
    void sortedNTriplesAreIdenticalAcrossExports() throws Exception {
        assertArrayEquals(export(ExportFormat.NTRIPLES), export(ExportFormat.NTRIPLES));
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
