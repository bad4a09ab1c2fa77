package org.npkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.npkg.store.Prefixes;

/**
 * Biolink categories for npkg's concepts and predicates for its relation kinds, read from the
 * table {@code org/npkg/export/biolink.tsv} (its header explains the format and the order in
 * which rows match). The table is data so a curator can change a mapping without code.
 */
public final class BiolinkMapping {

    /** Where a node without any matching row ends up. */
    public static final String DEFAULT_CATEGORY = "biolink:NamedThing";
    /** The predicate of a relation kind without a row. */
    public static final String DEFAULT_PREDICATE = "biolink:related_to";

    private static final String RESOURCE = "/org/npkg/export/biolink.tsv";

    private final Map<String, List<String>> categories;
    private final Map<String, String> predicates;

    private BiolinkMapping(Map<String, List<String>> categories, Map<String, String> predicates) {
        this.categories = Map.copyOf(categories);
        this.predicates = Map.copyOf(predicates);
    }

    /** npkg's own table, from the class path. */
    public static BiolinkMapping standard() {
        try (InputStream in = BiolinkMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ExportException("export-mapping", "missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new ExportException("export-mapping", "cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table; a bad row is an error naming source, line and column. */
    static BiolinkMapping parse(String text, String source) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        Map<String, String> predicates = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = source + ":" + (i + 1) + ":";
            if (cells.length != 3 || cells[1].isBlank() || cells[2].isBlank()) {
                throw new ExportException("export-mapping", where + "1: expected kind<TAB>npkg term<TAB>Biolink term(s)");
            }
            String key = expand(cells[1].strip(), where + (cells[0].length() + 2));
            List<String> values = List.of(cells[2].strip().split("\\|"));
            for (String value : values) {
                if (!value.startsWith("biolink:")) {
                    throw new ExportException("export-mapping", where + (line.indexOf(value) + 1) + ": not a Biolink CURIE: " + value);
                }
            }
            boolean fresh = switch (cells[0]) {
                case "category" -> categories.putIfAbsent(key, values) == null;
                case "predicate" -> values.size() == 1 && predicates.putIfAbsent(key, values.get(0)) == null;
                default -> throw new ExportException("export-mapping", where + "1: unknown kind \"" + cells[0]
                        + "\" (category or predicate)");
            };
            if (!fresh) {
                throw new ExportException("export-mapping", where + "1: " + cells[1] + " is mapped twice, or a predicate row has several terms");
            }
        }
        return new BiolinkMapping(categories, predicates);
    }

    private static String expand(String curie, String where) {
        String iri = Prefixes.standard().expandPrefix(curie);
        if (iri.equals(curie)) {
            throw new ExportException("export-mapping", where + " unknown prefix in " + curie);
        }
        return iri;
    }

    /** The predicate for a relation kind's IRI. */
    public String predicate(String relationKind) {
        return predicates.getOrDefault(relationKind, DEFAULT_PREDICATE);
    }

    /**
     * The categories of a concept: the first row met walking up from the concept through its
     * broader concepts (nearest first), then from its most specific classes up their superclasses
     * (np:Mechanism before np:DomainConcept, which the inferred graph also states).
     */
    public List<String> categories(Resource concept, Model model) {
        List<String> found = nearest(concept, model, SKOS.broader);
        if (found == null) {
            List<Resource> types = model.listObjectsOfProperty(concept, RDF.type).toList().stream()
                    .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
            for (Resource type : types) {
                boolean general = types.stream().anyMatch(t -> !t.equals(type) && above(type, t, model));
                if (!general && (found = nearest(type, model, RDFS.subClassOf)) != null) {
                    break;
                }
            }
        }
        return found == null ? List.of(DEFAULT_CATEGORY) : found;
    }

    /** True when {@code upper} is a superclass of {@code lower}. */
    private static boolean above(Resource upper, Resource lower, Model model) {
        Deque<Resource> queue = new ArrayDeque<>(List.of(lower));
        Set<Resource> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            for (RDFNode o : model.listObjectsOfProperty(queue.removeFirst(), RDFS.subClassOf).toList()) {
                if (o.equals(upper)) {
                    return true;
                }
                if (o.isResource() && seen.add(o.asResource())) {
                    queue.addLast(o.asResource());
                }
            }
        }
        return false;
    }

    /** Breadth-first up {@code link} from {@code start}: the first node with a row. */
    private List<String> nearest(Resource start, Model model, Property link) {
        Deque<Resource> queue = new ArrayDeque<>(List.of(start));
        Set<Resource> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            Resource next = queue.removeFirst();
            if (next.isURIResource() && categories.containsKey(next.getURI())) {
                return categories.get(next.getURI());
            }
            model.listObjectsOfProperty(next, link).forEachRemaining(o -> {
                if (o.isResource() && seen.add(o.asResource())) {
                    queue.addLast(o.asResource());
                }
            });
        }
        return null;
    }
}
