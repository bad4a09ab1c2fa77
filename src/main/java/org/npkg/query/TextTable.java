package org.npkg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A text table of SELECT results in the layout of Jena's {@code ResultSetFormatter}, except
 * that IRIs are shortened with any matching prefix even when the local part is not a legal
 * prefixed name ({@code npd:finding/ab12}), plain strings and numbers lose their quotes, and
 * cells longer than {@value #MAX_CELL} characters are cut: the table is for people, not for
 * parsers (CSV, TSV and JSON keep every value whole).
 */
final class TextTable {

    static final int MAX_CELL = 72;

    private TextTable() {}

    static void write(ResultSet rs, PrefixMapping prefixes, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                Node n = b.get(vars.get(i));
                row[i] = n == null ? "" : cell(n, prefixes);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = vars.get(i).length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        out.println("-".repeat(total));
        out.println(line(vars.toArray(String[]::new), widths));
        out.println("=".repeat(total));
        rows.forEach(r -> out.println(line(r, widths)));
        out.println("-".repeat(total));
        out.flush();
    }

    private static String cell(Node n, PrefixMapping prefixes) {
        String text;
        if (n.isURI()) {
            String shortForm = prefixes.shortForm(n.getURI());
            text = shortForm.equals(n.getURI()) ? "<" + n.getURI() + ">" : shortForm;
        } else if (n.isLiteral() && n.getLiteralLanguage().isEmpty()
                && (n.getLiteralDatatype() == XSDDatatype.XSDstring || n.getLiteralValue() instanceof Number)) {
            text = n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        } else {
            text = FmtUtils.stringForNode(n, prefixes);
        }
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "\u2026";
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        return sb.toString();
    }
}
