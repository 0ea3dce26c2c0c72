package org.boundarylab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.report.JudgmentCsv;
import org.boundarylab.report.ReportCalculator;
import org.boundarylab.report.ReportJson;
import org.boundarylab.report.ReportPdf;
import org.boundarylab.report.ScoredJudgment;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VignetteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code report --vignettes DIR --responses FILE [--rules DIR] --format json|csv|pdf [--out FILE]}:
 * scores the responses as {@code score} does, then writes the cohort report (JSON), the raw
 * judgments (CSV) or the printable cohort report (PDF) to standard output or {@code --out}. Bad
 * input exits 2 with one line naming the file and field, as for {@code score}; a report that
 * cannot be written exits 1.
 */
@Command(
        name = "report",
        description = {
            "Writes the cohort report (json), the raw judgments (csv) or a printable PDF.",
            "Scores the responses as score does; writes to standard output or to --out."
        })
public final class ReportCommand implements Callable<Integer> {

    enum Format {
        json,
        csv,
        pdf
    }

    @ParentCommand
    BoundaryLabCli cli;

    @Mixin
    CaseFolders folders;

    @Option(names = "--responses", required = true, paramLabel = "FILE", description = "the responses, YAML or JSON")
    Path responsesFile;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "json|csv|pdf",
            description = "what to write: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path outFile;

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        try {
            VignetteDirectory.Loaded loaded = folders.vignettes();
            DroolsJudgmentClassifier classifier = ScoreCommand.rules(folders.rulesDir);
            loaded.problems().forEach(p -> err.println("skipped " + p.describe()));
            List<ResponsesReader.Response> responses =
                    ResponsesReader.read(ScoreCommand.readText(responsesFile), responsesFile.toString(), loaded.byId());
            List<List<Assessment>> assessed = BatchScoring.all(classifier, responses);
            List<ScoredJudgment> judgments = scored(responses, assessed);
            List<String>[] feedback = feedback(assessed);
            java.util.Map<ScoredJudgment, List<String>> feedbackOf = new java.util.IdentityHashMap<>();
            for (int i = 0; i < judgments.size(); i++) {
                feedbackOf.put(judgments.get(i), feedback[i]);
            }
            byte[] bytes =
                    switch (format) {
                        case csv -> JudgmentCsv.write(judgments).getBytes(StandardCharsets.UTF_8);
                        case pdf ->
                            ReportPdf.cohort(
                                    responsesFile.getFileName().toString(),
                                    ReportCalculator.cohort(judgments),
                                    Instant.now());
                        case json ->
                            (JsonMapper.builder()
                                                    .build()
                                                    .writeValueAsString(ReportJson.of(
                                                            classifier.ruleBaseVersion(),
                                                            ReportCalculator.cohort(judgments),
                                                            judgments,
                                                            feedbackOf::get))
                                            + "\n")
                                    .getBytes(StandardCharsets.UTF_8);
                    };
            try {
                if (outFile != null) {
                    Files.write(outFile, bytes);
                } else {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                err.println("cannot write the report: " + e.getMessage());
                return BoundaryLabCli.WRITE_FAILED;
            }
            return BoundaryLabCli.OK;
        } catch (BadInput e) {
            err.println(e.getMessage());
        } catch (InvalidInputException e) {
            err.println(ScoreCommand.oneLine(e));
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
        }
        return BoundaryLabCli.BAD_INPUT;
    }

    /** The feedback messages of every judgment, in the order {@link #scored} lists them. */
    @SuppressWarnings("unchecked")
    static List<String>[] feedback(List<List<Assessment>> assessed) {
        return assessed.stream()
                .flatMap(List::stream)
                .map(a -> a.feedback().stream()
                        .map(org.boundarylab.judgment.FeedbackItem::message)
                        .toList())
                .toArray(List[]::new);
    }

    /** Each response is an attempt ("trainee/vignette/n" in input order). */
    static List<ScoredJudgment> scored(List<ResponsesReader.Response> responses, List<List<Assessment>> assessed) {
        List<ScoredJudgment> out = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            ResponsesReader.Response r = responses.get(i);
            String attempt = r.trainee() + "/" + r.vignette().id() + "/" + i;
            List<Assessment> results = assessed.get(i);
            for (int k = 0; k < results.size(); k++) {
                Judgment j = r.judgments().get(k);
                Assessment a = results.get(k);
                Segment segment = r.vignette().segment(j.segmentId()).orElseThrow();
                out.add(new ScoredJudgment(
                        attempt,
                        r.trainee(),
                        r.vignette().id(),
                        1,
                        j.segmentId(),
                        j.marked(),
                        segment.key(),
                        a.outcomes(),
                        j.evidence(),
                        j.rationale(),
                        j.confidence(),
                        a.score(),
                        a.score(),
                        a.minScore(),
                        a.maxScore(),
                        a.ruleBaseVersion(),
                        null,
                        null,
                        0,
                        org.boundarylab.report.ItemName.of(r.vignette(), j.segmentId()),
                        0));
            }
        }
        return out;
    }
}
