package org.npkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.vocabulary.NP;

/**
 * {@code GET /page?iri=IRI}: a page for one concept, finding, evidence sentence or document —
 * its label and definition, everything the store says about it, and the findings it takes part
 * in with their sentences, files and cited DOIs. The IRI is bound as a term, never spliced.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Query ABOUT = load("page-about.rq");
    private static final Query FINDINGS = load("page-findings.rq");

    private final transient DatasetGraph dataset;

    PageServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = request.getParameter("iri");
        try {
            if (iri == null || IRIx.create(iri).isRelative()) {
                throw new IRIException("not an absolute IRI");
            }
        } catch (IRIException e) {
            Responses.error(response, 400, "page-iri", "give an absolute IRI as ?iri=…");
            return;
        }
        String html = Txn.calculateRead(dataset, () -> render(iri));
        response.setStatus(200);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        Responses.secure(response);
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private String render(String iri) {
        List<QuerySolution> about = select(ABOUT, iri);
        List<QuerySolution> findings = select(FINDINGS, iri);
        String label = about.stream().filter(s -> s.getResource("p").equals(SKOS.prefLabel))
                .map(s -> s.getLiteral("o").getLexicalForm()).findFirst().orElse(Html.shortForm(iri));
        Html page = new Html().open(label).element("h1", label).raw("<p class=\"iri\">").text(iri).raw("</p>\n");
        about.stream().filter(s -> s.getResource("p").equals(SKOS.definition)).findFirst()
                .ifPresent(s -> page.raw("<p class=\"definition\">").text(s.getLiteral("o").getLexicalForm()).raw("</p>\n"));
        if (about.isEmpty() && findings.isEmpty()) {
            page.raw("<p class=\"empty\">The store says nothing about this IRI.</p>");
        }
        if (!about.isEmpty()) {
            page.element("h2", "What the graph says").raw("<table class=\"about\">");
            for (QuerySolution s : about) {
                page.raw("<tr><th>").raw(Html.link(s.getResource("p").getURI(), null)).raw("</th><td>")
                        .raw(value(s.get("o"), s.contains("oLabel") ? s.getLiteral("oLabel").getLexicalForm() : null))
                        .raw("</td></tr>\n");
            }
            page.raw("</table>\n");
        }
        if (!findings.isEmpty()) {
            page.element("h2", "Findings (" + findings.size() + ")").raw("<table class=\"findings\"><tr><th>claim</th>"
                    + "<th>polarity</th><th>sentence</th><th>source</th></tr>\n");
            findings.forEach(s -> finding(page, s));
            page.raw("</table>\n");
        }
        return page.close();
    }

    private static void finding(Html page, QuerySolution s) {
        page.raw("<tr class=\"finding\"><td>").raw(Html.link(s.getResource("subject").getURI(), text(s, "subjectLabel")))
                .raw(" ").raw(Html.link(s.getResource("finding").getURI(), text(s, "relationLabel"))).raw(" ")
                .raw(Html.link(s.getResource("object").getURI(), text(s, "objectLabel"))).raw("</td><td>")
                .text(text(s, "polarityLabel")).raw("</td><td class=\"sentence\">").text(text(s, "sentence"));
        for (String doi : text(s, "dois").split(" ")) {
            if (!doi.isBlank()) {
                page.raw(" ").raw(Html.link(doi, doi.startsWith(NP.DOI_RESOLVER) ? "doi:" + doi.substring(NP.DOI_RESOLVER.length()) : doi));
            }
        }
        page.raw("</td><td>").raw(Html.link(s.getResource("evidence").getURI(), text(s, "file"))).raw("<br><small>")
                .text(text(s, "section")).raw("</small></td></tr>\n");
    }

    private static String value(RDFNode node, String label) {
        if (node.isURIResource()) {
            return Html.link(node.asResource().getURI(), label);
        }
        return Html.escape(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
    }

    private static String text(QuerySolution s, String variable) {
        return s.contains(variable) ? s.getLiteral(variable).getLexicalForm() : "";
    }

    private List<QuerySolution> select(Query query, String iri) {
        QuerySolutionMap values = new QuerySolutionMap();
        values.add("iri", ResourceFactory.createResource(iri));
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .substitution(values).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Query load(String name) {
        try (InputStream in = PageServlet.class.getResourceAsStream(name)) {
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }
}
