package org.npkg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes a graph as compact JSON-LD under a context: npkg's own ({@code ontology/context.jsonld},
 * short terms such as {@code subject}, {@code evidence}, {@code prefLabel}) or, without one, a
 * context of npkg's prefixes. The context is embedded in the output, so a reader needs no
 * network; nothing is fetched while writing either.
 */
final class JsonLdCompact {

    /** Refuses every remote document: a context that points elsewhere is an error, not a download. */
    private static final DocumentLoader OFFLINE = (url, options) -> {
        throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                "npkg does not fetch " + url + "; put the context inline");
    };

    private final JsonObject context;

    private JsonLdCompact(JsonObject context) {
        this.context = context;
    }

    /** The context of a {@code .jsonld} file holding {@code {"@context": {...}}}. */
    static JsonLdCompact withContext(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new JsonLdCompact(Json.createReader(in).readObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON-LD context " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("JSON-LD context " + file + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    /** A context of npkg's standard prefixes only. */
    static JsonLdCompact withPrefixes() {
        JsonObjectBuilder prefixes = Json.createObjectBuilder();
        Prefixes.standard().getNsPrefixMap().forEach(prefixes::add);
        return new JsonLdCompact(Json.createObjectBuilder().add("@context", prefixes).build());
    }

    /** The same object with {@code @context} as its first member, where readers look for it. */
    private static JsonObject contextFirst(JsonObject compact) {
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compact.containsKey("@context")) {
            ordered.add("@context", compact.get("@context"));
        }
        compact.forEach((key, value) -> {
            if (!key.equals("@context")) {
                ordered.add(key, value);
            }
        });
        return ordered.build();
    }

    void write(Graph graph, OutputStream out) {
        try {
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader(OFFLINE);
            options.setOrdered(true);
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
                    .options(options).get();
            JsonObject compact = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context))
                    .options(options).get();
            JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
            writer.writeObject(contextFirst(compact));
            out.write('\n');
            out.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD writing failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
