package org.npkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.npkg.validate.ValidateService;
import org.npkg.validate.Validation;
import org.npkg.validate.ValidationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npkg validate}: lints the ontology and checks the built graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the ontology and the built graph.",
            "Lint: every concept typed with a facet class, one skos:prefLabel, a definition; "
            + "no label that normalises like another concept's; no undefined np: IRI; skos:broader "
            + "and np:partOf targets exist and form no cycle. SHACL: when a store exists, every "
            + "document graph against ontology/shapes.ttl. Exit 1 when anything is violated."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { TEXT, TURTLE }

    @ParentCommand
    private Main root;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--ontology", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The ontology folder (*.ttl, with shapes.ttl for the SHACL check).")
    private Path ontology = Path.of("ontology");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of the reports the store was built from, "
            + "to check evidence offsets against each file's length; repeatable. Default: data/corpus.")
    private List<Path> corpora = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", showDefaultValue = Visibility.ALWAYS,
            description = "text (a summary) or turtle (one SHACL validation report).")
    private Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        ValidateService.Builder builder = ValidateService.builder().ontology(ontology).store(storeOption.dir());
        corpora.forEach(builder::corpus);
        Validation validation = builder.build().run();
        if (format == Format.TURTLE) {
            ValidationWriter.turtle(validation, root.out());
        } else {
            ValidationWriter.text(validation, root.out());
        }
        root.out().flush();
        return validation.isValid() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}
