package org.boundarylab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code java -jar boundary-lab.jar COMMAND ...} runs a command without the web
 * server. A command is one picocli class (a {@code Callable<Integer>} returning one of the exit
 * codes below) and one line in {@code subcommands}; help, version and usage errors come from here.
 */
@Command(
        name = "java -jar boundary-lab.jar",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = BoundaryLabCli.Version.class,
        description = {
            "Boundary Lab's commands, run without the web server.",
            "With no command (or only --name=value settings) the jar starts the web app instead."
        },
        subcommands = {
            ScoreCommand.class,
            ReportCommand.class,
            RestoreCommand.class,
            ExportCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the input was valid but the output could not be written (a full disk)",
            "2:bad input: a wrong or missing option, a missing or unreadable file, a file with a problem (named on standard error)"
        },
        footer = {"", "Formats and exit codes: docs/formats.md"})
public final class BoundaryLabCli implements Runnable {

    /** Done. */
    public static final int OK = 0;
    /** The input was valid, the output could not be written. */
    public static final int WRITE_FAILED = 1;
    /** Bad input: what was wrong is one line on standard error. */
    public static final int BAD_INPUT = 2;

    private static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;

    private BoundaryLabCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Standard output: a command's result (JSON, CSV, PDF bytes), nothing else. */
    PrintStream out() {
        return out;
    }

    /** Standard error: what went wrong, one line. */
    PrintStream err() {
        return err;
    }

    /**
     * Whether these arguments are a command line rather than the web app's settings: a first word
     * that is not a {@code --name=value} setting, or a request for help or the version.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (OPTIONS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** Runs the command named by {@code args[0]} and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ScoreCommand.quietLogging();
        CommandLine cli = new CommandLine(new BoundaryLabCli(out, err));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(BoundaryLabCli::usageError);
        return cli.execute(args);
    }

    /** No command: the list of commands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line: what was wrong, and where to read how it is used. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String hint = e instanceof CommandLine.UnmatchedArgumentException u
                        && !u.getSuggestions().isEmpty()
                ? "; did you mean " + String.join(" or ", u.getSuggestions()) + "?"
                : "";
        cmd.getErr()
                .println(cmd.getCommandName() + ": " + e.getMessage() + hint + " (see "
                        + cmd.getCommandSpec().qualifiedName() + " --help)");
        return BAD_INPUT;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BoundaryLabCli.class.getPackage().getImplementationVersion();
            return new String[] {"Boundary Lab " + (version == null ? "(development build)" : version)};
        }
    }
}
