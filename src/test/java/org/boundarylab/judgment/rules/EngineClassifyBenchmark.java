package org.boundarylab.judgment.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine's own share of a classification: the same two judgments as ClassifyBenchmark,
 * their facts built once (the rationale read, the highlights located), then for each sample a
 * pooled session takes the facts, fires every family and is disposed. What ClassifyBenchmark adds
 * to this is text analysis and message rendering. Run: ./mvnw -Pbench test-compile exec:exec.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineClassifyBenchmark {

    RuleBase rules;
    List<Object> typical;
    List<Object> bare;

    @Setup
    public void load() throws Exception {
        rules = RuleBaseLoader.load(Path.of("rules"));
        Vignette mary = VignetteReader.read(
                Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml")), "mary-after-hours.yaml");
        Segment segment = mary.segment("s6").orElseThrow();
        typical = JudgmentFacts.of(
                segment,
                new Judgment(
                        "s6",
                        Set.of(Characteristic.SECRECY, Characteristic.ROLE_REVERSAL),
                        List.of("free to stop whenever she likes", "it must stay in this room"),
                        "She is trapped: leaving would mean abandoning her healing, and nothing about it is secret to her.",
                        3),
                mary.people(),
                rules.rationaleReader());
        bare = JudgmentFacts.of(
                segment,
                new Judgment("s6", Set.of(Characteristic.DOUBLE_BIND), List.of(), "", null),
                mary.people(),
                rules.rationaleReader());
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Findings engineTypicalJudgment() {
        return DroolsJudgmentClassifier.fire(rules, typical, null);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Findings engineMarksOnly() {
        return DroolsJudgmentClassifier.fire(rules, bare, null);
    }
}
