package org.boundarylab.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.RuleBaseException;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.vignette.VignetteDirectory;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code score --vignettes DIR --responses FILE [--rules DIR]}: prints one JSON document on standard
 * output and exits 0; bad input exits 2 with one line on standard error naming the file and field,
 * and a report that cannot be written (a full disk) exits 1 with one line.
 */
@Command(
        name = "score",
        description = {
            "Scores responses gathered elsewhere with the rule base (no server, no database).",
            "Prints one JSON document on standard output (docs/formats.md#the-scorer)."
        })
public final class ScoreCommand implements Callable<Integer> {

    @ParentCommand
    BoundaryLabCli cli;

    @Mixin
    CaseFolders folders;

    @Option(names = "--responses", required = true, paramLabel = "FILE", description = "the responses, YAML or JSON")
    Path responsesFile;

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        try {
            VignetteDirectory.Loaded loaded = folders.vignettes();
            DroolsJudgmentClassifier classifier = rules(folders.rulesDir);
            loaded.problems().forEach(p -> err.println("skipped " + p.describe()));
            // scoring starts while the file is still being read; nothing is written unless all of it is valid
            ScoredReport[] report = {new ScoredReport(classifier)};
            try {
                ResponsesReader.read(
                        readText(responsesFile),
                        responsesFile.toString(),
                        loaded.byId(),
                        r -> report[0].add(r),
                        () -> report[0] = restarted(report[0], classifier));
                OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                report[0].writeTo(buffered);
                buffered.flush();
            } catch (IOException | UncheckedIOException e) {
                // the input was fine: the report could not be written (or held back), e.g. a full disk
                err.println("cannot write the report: "
                        + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage());
                return BoundaryLabCli.WRITE_FAILED;
            } finally {
                report[0].close();
            }
            return BoundaryLabCli.OK;
        } catch (BadInput e) {
            err.println(e.getMessage());
        } catch (InvalidInputException e) {
            err.println(oneLine(e));
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
        }
        return BoundaryLabCli.BAD_INPUT;
    }

    /** The first problem, and how many more there are. */
    static String oneLine(InvalidInputException e) {
        InputProblem p = e.problems().getFirst();
        return p.describe()
                + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "");
    }

    /** The file is being read again from the start: what was scored is dropped. */
    private static ScoredReport restarted(ScoredReport old, DroolsJudgmentClassifier classifier) {
        try {
            old.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScoredReport(classifier);
    }

    static DroolsJudgmentClassifier rules(Path rulesDir) throws BadInput {
        try {
            return new DroolsJudgmentClassifier(rulesDir);
        } catch (RuleBaseException e) {
            String first = e.errors().getFirst();
            throw new BadInput(first.startsWith(rulesDir.toString()) ? first : rulesDir + "/" + first);
        }
    }

    static String readText(Path file) throws BadInput {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": field '--responses': file not found");
        } catch (MalformedInputException e) {
            throw new BadInput(file + ": field '(document)': not UTF-8 text");
        } catch (IOException e) {
            throw new BadInput(file + ": field '--responses': cannot be read: " + e.getMessage());
        }
    }

    /** Standard output carries JSON only: the engine's log goes to standard error, warnings and up. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
            root.detachAndStopAllAppenders();
            var context = root.getLoggerContext();
            var appender = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
            appender.setContext(context);
            appender.setTarget("System.err");
            var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%level %logger{20}: %msg%n");
            encoder.start();
            appender.setEncoder(encoder);
            appender.start();
            root.addAppender(appender);
        }
    }
}
