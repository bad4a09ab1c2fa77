package org.npkg.validate;

import java.io.OutputStream;
import java.io.PrintStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.vocabulary.NP;

/** Prints a {@link Validation}: a readable summary, or one SHACL validation report in Turtle. */
public final class ValidationWriter {

    private ValidationWriter() {}

    public static void text(Validation v, PrintStream out) {
        OntologyLint.Result lint = v.lint();
        out.printf("Ontology %s: %d files, %d concepts: %s%n", v.ontology(), lint.files(), lint.concepts(),
                count(v.lintViolations(), "problem"));
        lint.issues().forEach(issue -> out.println("  " + issue));
        v.skipped().ifPresent(why -> out.println("Graph not checked: " + why));
        v.graph().ifPresent(g -> {
            out.printf("Graph %s: %d document graphs against %s: %s%n", g.store(), g.graphs(), g.shapes(),
                    count(g.violations(), "violation"));
            g.entries().forEach(e -> out.println("  " + describe(e)));
            g.warnings().forEach(w -> out.println("  " + w));
        });
        out.println(v.isValid() ? "Valid." : "Not valid: " + count(v.violations(), "violation") + ".");
    }

    /** One sh:ValidationReport holding the SHACL results and the lint's problems as results. */
    public static void turtle(Validation v, OutputStream out) {
        ValidationReport.Builder report = ValidationReport.create();
        report.addPrefixes(PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix(NP.PREFIX, NP.NS).setNsPrefix(NP.ID_PREFIX, NP.ID).setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("sh", SHACLM.getURI()));
        for (Issue issue : v.lint().issues()) {
            report.addReportEntry(entry(issue));
        }
        v.graph().ifPresent(g -> {
            g.entries().forEach(report::addReportEntry);
            g.warnings().forEach(w -> report.addReportEntry(entry(w)));
        });
        RDFDataMgr.write(out, report.build().getModel(), Lang.TURTLE);
    }

    /** A lint problem as a SHACL result; its constraint component is the lint rule's own IRI. */
    private static ReportEntry entry(Issue issue) {
        Node focus = NodeFactory.createURI(issue.focus() == null ? NP.ONTOLOGY : issue.focus());
        return ReportEntry.create().focusNode(focus)
                .severity(issue.isViolation() ? Severity.Violation : Severity.Warning)
                .sourceConstraintComponent(NP.id("lint/" + issue.rule()).asNode())
                .message(issue.where() + ": " + issue.message());
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() instanceof P_Link link ? " " + Terms.curie(link.getNode().getURI()) : "";
        String value = e.value() == null ? "" : " (value " + node(e.value()) + ")";
        String level = Severity.Violation.equals(e.severity()) ? "error" : "warning";
        return node(e.focusNode()) + path + ": " + level + "[shacl]: " + e.message() + value;
    }

    private static String node(Node node) {
        if (node.isURI()) {
            return Terms.curie(node.getURI());
        }
        return node.isLiteral() ? "\"" + node.getLiteralLexicalForm() + "\"" : node.toString();
    }

    private static String count(long n, String what) {
        return n == 0 ? "no " + what + "s" : n + " " + what + (n == 1 ? "" : "s");
    }

}
