package org.npkg.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * Fills a database that is not yet live. {@code directory} is where it lives until it is
 * swapped in; a writer may keep a small file of its own there, which moves with the database.
 */
@FunctionalInterface
public interface StoreWriter {

    void write(Dataset dataset, Path directory);
}
