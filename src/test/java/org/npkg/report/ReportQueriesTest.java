package org.npkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npkg.build.CorpusStore;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.report.ReportData.Onset;

/** The report's queries are documented like the library's and each answers on data/corpus. */
class ReportQueriesTest {

    @Test
    void everyReportQueryIsDocumentedAndAnswers() throws Exception {
        List<QueryFile> files = QueryLibrary.load(ReportService.DEFAULT_QUERIES).queries();
        assertEquals(List.of("convergence-matrix", "evidence", "onsets", "regions", "summary"),
                files.stream().map(QueryFile::name).toList());
        for (QueryFile q : files) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no title");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            int rows = CorpusStore.get().read(ds -> QueryRunner.builder().dataset(ds).build().select(q, r -> r).size());
            assertTrue(rows > 0, q.name() + " has no answer on data/corpus");
        }
    }

    @Test
    void onsetsAreWellFormedSpans() throws Exception {
        ReportData data = ReportService.builder().store(CorpusStore.get().dir()).build().data();
        assertFalse(data.onsets().isEmpty());
        for (Onset o : data.onsets()) {
            assertTrue(List.of("functional", "structural").contains(o.kind()), o.toString());
            assertTrue(o.maxSeconds() == null || o.maxSeconds() >= o.minSeconds(), o.toString());
            assertTrue(o.findings() > 0, o.toString());
        }
        assertTrue(data.onsets().stream().anyMatch(o -> o.modality().equals("psychedelics") && o.kind().equals("structural")
                && o.maxSeconds() != null && o.maxSeconds() <= 7 * 86_400), "psychedelics change structure within a week");
    }
}
