package org.npkg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npkg.graph.GraphException;
import org.npkg.graph.Ontology;
import org.npkg.store.Store;
import org.npkg.store.StoreException;

/**
 * Validates the ontology folder (lint) and, when a store exists, the graph built into it (SHACL
 * with the folder's {@code shapes.ttl}). Problems in the data are results, not exceptions;
 * exceptions mean the input could not be read at all.
 */
public final class ValidateService {

    private final Path ontology;
    private final Path store;
    private final List<Path> corpora;

    private ValidateService(Builder builder) {
        this.ontology = builder.ontology;
        this.store = builder.store;
        this.corpora = List.copyOf(builder.corpora);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Validation run() throws GraphException, ValidationException, StoreException {
        OntologyLint.Result lint = OntologyLint.check(ontology);
        Optional<ShapeCheck> shapes = ShapeCheck.load(ontology);
        if (shapes.isEmpty()) {
            return new Validation(ontology, lint, Optional.empty(),
                    Optional.of("no " + ontology.resolve(Ontology.SHAPES) + " to check the graph with"));
        }
        Store at = Store.at(store);
        if (!at.exists()) {
            return new Validation(ontology, lint, Optional.empty(),
                    Optional.of("no store at " + store + ": run `npkg build` to check the graph too"));
        }
        DocumentSources sources = new DocumentSources(corpora);
        ShapeCheck check = shapes.get();
        ShapeCheck.Outcome outcome = at.read(ds -> check.run(ds, sources, store.toString()));
        return new Validation(ontology, lint, Optional.of(new Validation.GraphCheck(store, check.file(),
                outcome.graphs(), outcome.entries(), outcome.warnings())), Optional.empty());
    }

    public static final class Builder {
        private Path ontology = Path.of("ontology");
        private Path store = Store.DEFAULT_DIR;
        private final List<Path> corpora = new ArrayList<>();

        public Builder ontology(Path dir) {
            this.ontology = dir;
            return this;
        }

        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        /** A folder of the reports the store was built from; repeatable. Default: data/corpus. */
        public Builder corpus(Path dir) {
            corpora.add(dir);
            return this;
        }

        public ValidateService build() {
            if (corpora.isEmpty()) {
                corpora.add(Path.of("data", "corpus"));
            }
            return new ValidateService(this);
        }
    }
}
