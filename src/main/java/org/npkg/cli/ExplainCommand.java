package org.npkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npkg.explain.ExplainService;
import org.npkg.explain.ExplainWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code npkg explain}: what the extractor makes of a text, without building a store. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows what the extractor makes of a text or a report, without building a store.",
            "It prints the sentences, concept mentions (with the label that matched), relation triggers, "
            + "negation and hedging cues with their scopes, time spans, and the findings with their "
            + "regions, onset, polarity, certainty, species and whether the subject was inferred "
            + "from a heading."})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Text to explain, read as a plain-text report.")
    private String text;

    @Option(names = "--file", paramLabel = "FILE", description = "A report to explain (.md or .markdown as Markdown, "
            + "anything else as plain text).")
    private Path file;

    @Option(names = "--ontology", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The ontology folder whose labels form the lexicon.")
    private Path ontology = Path.of("ontology");

    @Override
    public Integer call() throws Exception {
        if ((text == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "give either TEXT or --file FILE");
        }
        ExplainService service = ExplainService.builder().ontology(ontology).build();
        ExplainWriter.text(text != null ? service.text(text) : service.file(file), root.out());
        root.out().flush();
        return ExitCode.OK.code();
    }
}
