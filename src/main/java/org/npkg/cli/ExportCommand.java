package org.npkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npkg.export.BiolinkMapping;
import org.npkg.export.KgxExporter;
import org.npkg.store.ExportFormat;
import org.npkg.store.Exporter;
import org.npkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code npkg export}: writes the store as standard RDF, or as KGX TSV for property-graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF, or as KGX nodes.tsv and edges.tsv.",
            "nquads and trig keep one named graph per source document, plus the ontology and "
            + "inferred graphs; turtle, ntriples, jsonld and rdfxml write the union of all graphs. "
            + "ntriples and nquads are sorted, so two exports of one store are identical. jsonld is "
            + "compact under the context file. kgx writes nodes.tsv and edges.tsv into the folder "
            + "given by --out."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld, rdfxml or kgx.")
    private ExportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
            description = "Write to FILE (replaced atomically) instead of standard output; for kgx, a folder (required).")
    private Path out;

    @Option(names = "--context", paramLabel = "FILE", showDefaultValue = Visibility.ALWAYS,
            description = "JSON-LD context for jsonld; npkg's prefixes alone when the file does not exist.")
    private Path context = Path.of("ontology", "context.jsonld");

    @Override
    public Integer call() throws Exception {
        Store store = storeOption.store();
        if (format == ExportFormat.KGX) {
            writeKgx(store);
            return ExitCode.OK.code();
        }
        Exporter exporter = Files.isRegularFile(context) ? Exporter.of(format, context) : Exporter.of(format);
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

    private void writeKgx(Store store) throws Exception {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "--format kgx writes two files: give a folder with --out DIR");
        }
        KgxExporter kgx = KgxExporter.of(BiolinkMapping.standard());
        AtomicOutput.write(out.resolve(KgxExporter.NODES), os -> store.read(ds -> {
            kgx.writeNodes(ds, os);
            return null;
        }));
        AtomicOutput.write(out.resolve(KgxExporter.EDGES), os -> store.read(ds -> {
            kgx.writeEdges(ds, os);
            return null;
        }));
    }
}
