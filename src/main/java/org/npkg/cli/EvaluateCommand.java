package org.npkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.npkg.eval.Evaluation;
import org.npkg.eval.EvaluationWriter;
import org.npkg.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npkg evaluate}: scores the extractor against the hand annotations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extractor against the gold annotations, without building a store.",
            "Precision, recall and F1 for findings (overall, per relation kind, per facet of the "
            + "object), mentions, sentence boundaries and time expressions; the share of time "
            + "expressions normalised exactly right, and of matched findings with the gold's "
            + "polarity, certainty and onset."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    private Main root;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--gold", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Folder of gold annotations (*.jsonl, see data/gold/README.md).")
    private Path gold = Path.of("data", "gold");

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of reports the gold annotates; repeatable. "
            + "Default: data/corpus.")
    private List<Path> corpora = new ArrayList<>();

    @Option(names = "--ontology", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "The ontology folder.")
    private Path ontology = Path.of("ontology");

    @Option(names = "--details", description = "List every false positive and false negative finding with its sentence.")
    private boolean details;

    @Option(names = "--format", paramLabel = "FORMAT", showDefaultValue = Visibility.ALWAYS,
            description = "text or json.")
    private Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        Evaluator.Builder builder = Evaluator.builder().gold(gold).ontology(ontology);
        corpora.forEach(builder::corpus);
        Evaluation evaluation = builder.build().run();
        if (format == Format.JSON) {
            EvaluationWriter.json(evaluation, details, root.out());
        } else {
            EvaluationWriter.text(evaluation, details, root.out());
        }
        root.out().flush();
        return ExitCode.OK.code();
    }
}
