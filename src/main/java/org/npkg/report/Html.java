package org.npkg.report;

import org.npkg.vocabulary.NP;

/**
 * A small builder for the report's HTML: text and attribute values always pass through
 * {@link #escape}; only the writer's own markup goes in raw.
 */
final class Html {

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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

    /** Markup written by the report itself, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, the class left out when null. */
    Html element(String tag, String cls, String text) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(escape(cls)).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A link to a DOI's resolver, shown as the bare DOI; anything else stays text, never a link. */
    Html doi(String iri) {
        if (!iri.startsWith(NP.DOI_RESOLVER)) {
            return element("span", "doi", iri);
        }
        String shown = iri.startsWith(NP.DOI_RESOLVER) ? iri.substring(NP.DOI_RESOLVER.length()) : iri;
        return raw("<a class=\"doi\" href=\"").text(iri).raw("\" rel=\"noopener noreferrer\">").text(shown).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }

}
