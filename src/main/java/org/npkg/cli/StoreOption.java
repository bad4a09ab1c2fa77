package org.npkg.cli;

import java.nio.file.Path;
import org.npkg.store.Store;
import picocli.CommandLine.Option;

/** {@code --store DIR}, for commands that read or write the TDB2 store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", showDefaultValue = picocli.CommandLine.Help.Visibility.ALWAYS,
            description = "Directory of the TDB2 store.")
    private Path dir = Store.DEFAULT_DIR;

    public Path dir() {
        return dir;
    }

    public Store store() {
        return Store.at(dir);
    }
}
