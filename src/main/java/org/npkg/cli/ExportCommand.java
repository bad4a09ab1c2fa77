package org.npkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npkg export}: writes the store as standard RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF.",
            "nquads and trig keep one named graph per source document; turtle, ntriples, jsonld and rdfxml "
                + "write the union of all graphs. ntriples and nquads are sorted, so two exports of one store are identical."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml.")
    private ExportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically) instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Store store = storeOption.store();
        Exporter exporter = Exporter.of(format);
        if (out == null) {
            store.read(ds -> {
                exporter.write(ds, root.out());
                return null;
            });
            root.out().flush();
        } else {
            AtomicOutput.write(out, os -> store.read(ds -> {
                exporter.write(ds, os);
                return null;
            }));
        }
        return ExitCode.OK.code();
    }
}
