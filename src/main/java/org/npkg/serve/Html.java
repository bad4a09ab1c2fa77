package org.npkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.npkg.store.Prefixes;
import org.npkg.vocabulary.NP;

/** Building npkg's HTML pages: every piece of data is escaped, every IRI becomes a link. */
final class Html {


    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The IRI shortened with npkg's prefixes where one fits. */
    static String shortForm(String iri) {
        return Prefixes.standard().shortForm(iri);
    }

    /** A link to the page of an IRI (DOIs go to their resolver), shown as the label or the short form. */
    static String link(String iri, String label) {
        String text = escape(label == null || label.isBlank() ? shortForm(iri) : label);
        if (iri.startsWith(NP.DOI_RESOLVER)) {
            return "<a class=\"doi\" href=\"" + escape(iri) + "\" rel=\"noopener noreferrer\">" + text + "</a>";
        }
        return "<a href=\"/page?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + "\">" + text + "</a>";
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Html open(String title) {
        return raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").text(title)
                .raw(" — npkg</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>\n<body><header>"
                        + "<a href=\"/\">npkg</a> <span>neuroplasticity knowledge graph</span></header>\n<main>");
    }

    String close() {
        return out.append("</main></body></html>\n").toString();
    }
}
