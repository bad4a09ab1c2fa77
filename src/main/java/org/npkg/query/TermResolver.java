package org.npkg.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * Turns a parameter value as typed by a user into one RDF term: a CURIE ({@code np:TrkB}), an
 * IRI ({@code <https://…>} or {@code https://…}), a concept label ({@code TrkB},
 * {@code brain-derived neurotrophic factor}) or, for parameters whose default is a literal, a
 * literal of the default's type. The text is never spliced into a query.
 */
final class TermResolver {

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][\\w.-]*)?:([^\\s<>\"{}|^`\\\\]*)");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://|urn:)\\S+");

    private final PrefixMapping prefixes;
    private final ConceptLookup concepts;

    TermResolver(Dataset dataset, PrefixMapping prefixes) {
        this.prefixes = prefixes;
        this.concepts = new ConceptLookup(dataset);
    }

    RDFNode resolve(Parameter param, String value) {
        String v = value.strip();
        return switch (param.kind()) {
            case STRING -> ResourceFactory.createStringLiteral(unquote(v));
            case NUMBER -> number(param, v);
            case BOOLEAN -> bool(param, v);
            case CONCEPT -> concept(param, v, true);
            case ANY -> concept(param, v, false);
        };
    }

    private RDFNode concept(Parameter param, String v, boolean required) {
        if (v.startsWith("<") && v.endsWith(">")) {
            return iri(param, v.substring(1, v.length() - 1));
        }
        var curie = CURIE.matcher(v);
        if (curie.matches() && prefixes.getNsPrefixURI(curie.group(1) == null ? "" : curie.group(1)) != null) {
            return iri(param, prefixes.expandPrefix(v));
        }
        List<Resource> found = concepts.byLabel(unquote(v));
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new QueryException("concept-ambiguous", "value \"" + v + "\" of parameter " + param.name()
                    + " is a label of several concepts: " + found.stream().map(r -> prefixes.shortForm(r.getURI())).toList()
                    + "; give one of them as a CURIE");
        }
        if (ABSOLUTE_IRI.matcher(v).matches()) {
            return iri(param, v);
        }
        if (!required) {
            return ResourceFactory.createStringLiteral(unquote(v));
        }
        List<String> close = concepts.similarLabels(v);
        throw new QueryException("concept-unknown", "no concept has the label \"" + v + "\" (parameter "
                + param.name() + "); give a label, a CURIE such as " + param.defaultText().orElse("np:TrkB")
                + " or an IRI" + (close.isEmpty() ? "" : "; close labels: " + String.join(", ", close)));
    }

    private static Resource iri(Parameter param, String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (parsed.isRelative()) {
                throw new IRIException("not an absolute IRI");
            }
            return ResourceFactory.createResource(parsed.str());
        } catch (IRIException e) {
            throw new QueryException("param-value", "value <" + iri + "> of parameter " + param.name()
                    + " is not a valid IRI: " + e.getMessage());
        }
    }

    private static RDFNode number(Parameter param, String v) {
        try {
            if (v.matches("[+-]?\\d+")) {
                return ResourceFactory.createTypedLiteral(new BigInteger(v).toString(), XSDDatatype.XSDinteger);
            }
            return ResourceFactory.createTypedLiteral(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            throw new QueryException("param-value", "parameter " + param.name() + " expects a number, not \"" + v + "\"");
        }
    }

    private static RDFNode bool(Parameter param, String v) {
        if (v.equals("true") || v.equals("false")) {
            return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDboolean);
        }
        throw new QueryException("param-value", "parameter " + param.name() + " expects true or false, not \"" + v + "\"");
    }

    /** Strips one pair of matching surrounding quotes, as a header default would carry. */
    static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
