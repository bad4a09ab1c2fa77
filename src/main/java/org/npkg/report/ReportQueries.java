package org.npkg.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.npkg.query.QueryFile;
import org.npkg.query.QueryLibrary;
import org.npkg.query.QueryRunner;
import org.npkg.report.ReportData.Evidence;
import org.npkg.report.ReportData.MatrixCell;
import org.npkg.report.ReportData.Onset;
import org.npkg.report.ReportData.Place;
import org.npkg.report.ReportData.Summary;

/**
 * Runs the report's queries (by name from one directory) and turns their rows into
 * {@link ReportData}. All reading of the graph is in the query files; this class only maps
 * columns to fields.
 */
final class ReportQueries {

    private final QueryFile summary;
    private final QueryFile matrix;
    private final QueryFile onsets;
    private final QueryFile places;
    private final QueryFile evidence;

    ReportQueries(Path dir) {
        QueryLibrary library = QueryLibrary.load(dir);
        this.summary = library.find("summary");
        this.matrix = library.find("convergence-matrix");
        this.onsets = library.find("onsets");
        this.places = library.find("regions");
        this.evidence = library.find("evidence");
    }

    /** Runs every query; call inside a read transaction. */
    ReportData read(Dataset ds) {
        QueryRunner runner = QueryRunner.builder().dataset(ds).build();
        List<Summary> totals = runner.select(summary, r -> new Summary(count(r, "documents"), count(r, "sentences"),
                count(r, "findings"), count(r, "negated"), count(r, "hedged"), count(r, "concepts"), count(r, "conceptsUsed")));
        return new ReportData(totals.isEmpty() ? new Summary(0, 0, 0, 0, 0, 0, 0) : totals.get(0),
                cells(runner.select(matrix, r -> List.of(text(r, "modality"), text(r, "mechanism"), text(r, "finding")))),
                runner.select(onsets, r -> new Onset(text(r, "modality"), text(r, "kind"),
                        r.getLiteral("minSeconds").getDouble(), optionalNumber(r, "maxSeconds"), text(r, "said"),
                        count(r, "findings"))),
                runner.select(places, r -> new Place(text(r, "modality"), text(r, "kind"), text(r, "place"),
                        text(r, "placeKind"), count(r, "findings"))),
                runner.select(evidence, r -> new Evidence(text(r, "finding"), text(r, "subject"), text(r, "relation"),
                        text(r, "object"), text(r, "sentence"), text(r, "documentName"), text(r, "section"),
                        text(r, "polarity"), text(r, "certainty"), text(r, "species"), text(r, "regions"),
                        text(r, "onset"), words(text(r, "dois")))));
    }

    /** Rows of (modality, mechanism, finding) grouped into cells, in the query's order. */
    private static List<MatrixCell> cells(List<List<String>> rows) {
        Map<List<String>, List<String>> byCell = new LinkedHashMap<>();
        for (List<String> row : rows) {
            byCell.computeIfAbsent(row.subList(0, 2), k -> new ArrayList<>()).add(row.get(2));
        }
        List<MatrixCell> cells = new ArrayList<>();
        byCell.forEach((key, findings) -> cells.add(new MatrixCell(key.get(0), key.get(1), findings)));
        return cells;
    }

    /** A literal's lexical form or a resource's IRI; empty when unbound. */
    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static long count(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? 0 : node.asLiteral().getLong();
    }

    private static Double optionalNumber(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        return node == null ? null : node.asLiteral().getDouble();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
