package org.npkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.npkg.query.QueryLibrary;
import org.npkg.serve.NpkgServer;
import org.npkg.store.StoreException;
import org.npkg.store.StoreLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code npkg serve}: a read-only SPARQL endpoint over the store, with npkg's query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only: a SPARQL endpoint at /npkg/sparql and a query page at /.",
            "Listens on 127.0.0.1 unless --host says otherwise; queries stop at the timeout; "
            + "SERVICE calls out and requests from other web sites are refused. Runs until stopped "
            + "(Ctrl-C). See SECURITY.md."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption storeOption;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--host", paramLabel = "ADDRESS", showDefaultValue = Visibility.ALWAYS,
            description = "Address to listen on; 0.0.0.0 exposes the graph to your network.")
    private String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", showDefaultValue = Visibility.ALWAYS,
            description = "Port to listen on; 0 picks a free one.")
    private int port = 3030;

    @Option(names = "--timeout", paramLabel = "SECONDS", showDefaultValue = Visibility.ALWAYS,
            description = "Longest time a query may run.")
    private int timeout = 30;

    @Option(names = "--queries", paramLabel = "DIR", showDefaultValue = Visibility.ALWAYS,
            description = "Directory of the query library shown on the page.")
    private Path queries = QueryLibrary.DEFAULT_DIR;

    @Override
    public Integer call() throws StoreException {
        if (timeout <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        // Held while serving: a build in another process would swap the database the server has open.
        try (StoreLock lock = storeOption.store().lockShared()) {
            NpkgServer server = NpkgServer.builder().store(storeOption.dir()).queries(queries).host(host).port(port)
                    .timeout(Duration.ofSeconds(timeout)).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            if (!server.isLoopbackOnly()) {
                root.err().println("npkg: warning: listening on " + host + ": anyone who can reach this machine can"
                        + " read the graph, and there is no authentication (see SECURITY.md)");
            }
            root.out().println("Serving " + storeOption.dir() + " at " + server.url());
            root.out().println("SPARQL endpoint: " + server.url() + "npkg/sparql (read-only, " + timeout + " s timeout)");
            root.out().println("Stop with Ctrl-C.");
            root.out().flush();
            server.join();
        }
        return ExitCode.OK.code();
    }
}
