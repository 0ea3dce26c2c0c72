package org.boundarylab.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.judgment.rules.RuleBaseException;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.VignetteDirectory;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score --vignettes DIR --responses FILE [--rules DIR]}: prints one JSON document on standard
 * output and exits 0; bad input exits 2 with one line on standard error naming the file and field.
 */
public final class ScoreCommand {

    public static final String NAME = "score";
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private ScoreCommand() {
    }

    /** Thrown for any input the scorer cannot accept; the message is the one line to print. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLogging();
        try {
            Map<String, String> options = options(args);
            Path vignettesDir = Path.of(require(options, "--vignettes"));
            Path responsesFile = Path.of(require(options, "--responses"));
            Path rulesDir = Path.of(options.getOrDefault("--rules", "rules"));
            if (!Files.isDirectory(vignettesDir)) {
                throw new BadInput(vignettesDir + ": field '--vignettes': not a folder");
            }
            DroolsJudgmentClassifier classifier = rules(rulesDir);
            VignetteDirectory.Loaded loaded = VignetteDirectory.load(vignettesDir);
            loaded.problems().forEach(p -> err.println("skipped " + p.describe()));
            List<ResponsesReader.Response> responses = ResponsesReader.read(readText(responsesFile),
                    responsesFile.toString(), loaded.byId());
            out.println(JsonMapper.builder().build().writeValueAsString(report(classifier, responses)));
            return OK;
        } catch (BadInput e) {
            err.println(e.getMessage());
        } catch (InvalidInputException e) {
            InputProblem p = e.problems().getFirst();
            err.println(p.describe() + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
        }
        return BAD_INPUT;
    }

    private static Map<String, Object> report(DroolsJudgmentClassifier classifier,
            List<ResponsesReader.Response> responses) {
        List<List<Assessment>> assessed = classifyAll(classifier, responses);
        List<Object> attempts = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            ResponsesReader.Response response = responses.get(i);
            List<Object> judgments = new ArrayList<>();
            double score = 0;
            double max = 0;
            for (Assessment a : assessed.get(i)) {
                score += a.score();
                max += a.maxScore();
                judgments.add(judgmentJson(a));
            }
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("trainee", response.trainee());
            attempt.put("vignette", response.vignette().id());
            attempt.put("score", Math.round(score * 1000.0) / 1000.0);
            attempt.put("maxScore", max);
            attempt.put("judgments", judgments);
            attempts.add(attempt);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rules", classifier.ruleBaseVersion());
        root.put("attempts", attempts);
        return root;
    }

    /**
     * The classifier is thread-safe: every response is classified on all cores, results in input
     * order. Worker threads get a large stack, as the rule engine recurses deeply.
     */
    static List<List<Assessment>> classifyAll(DroolsJudgmentClassifier classifier,
            List<ResponsesReader.Response> responses) {
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads,
                r -> new Thread(null, r, "scorer-" + n.incrementAndGet(), 64L * 1024 * 1024));
        try {
            List<java.util.concurrent.Future<List<Assessment>>> futures = new ArrayList<>();
            for (ResponsesReader.Response r : responses) {
                futures.add(pool.submit(() -> r.judgments().stream()
                        .map(j -> classifier.classify(r.vignette().segment(j.segmentId()).orElseThrow(), j)).toList()));
            }
            List<List<Assessment>> results = new ArrayList<>(futures.size());
            for (java.util.concurrent.Future<List<Assessment>> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> judgmentJson(Assessment a) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            outcomes.put(c.name(), a.outcomes().get(c).name());
        }
        List<Object> feedback = new ArrayList<>();
        for (FeedbackItem item : a.feedback()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("code", item.code());
            f.put("characteristic", item.characteristic() == null ? null : item.characteristic().name());
            f.put("message", item.message());
            feedback.add(f);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("segment", a.segmentId());
        json.put("outcomes", outcomes);
        json.put("rationaleDescribes", a.rationaleDescribes().stream().sorted().map(Enum::name).toList());
        json.put("evidence", a.evidence().name());
        json.put("score", a.score());
        json.put("feedback", feedback);
        return json;
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

    private static final String USAGE = "usage: score --vignettes DIR --responses FILE [--rules DIR]";

    private static Map<String, String> options(String[] args) throws BadInput {
        return options(args, List.of("--vignettes", "--responses", "--rules"), USAGE);
    }

    static Map<String, String> options(String[] args, List<String> known, String usage) throws BadInput {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!known.contains(name)) {
                throw new BadInput(usage + " (unknown argument '" + name + "')");
            }
            if (i + 1 >= args.length) {
                throw new BadInput(usage + " (" + name + " needs a value)");
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) throws BadInput {
        return require(options, name, USAGE);
    }

    static String require(Map<String, String> options, String name, String usage) throws BadInput {
        String value = options.get(name);
        if (value == null) {
            throw new BadInput(usage + " (" + name + " is missing)");
        }
        return value;
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
