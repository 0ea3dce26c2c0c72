package org.boundarylab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classification of one judgment by the rule base: a fresh session, all five families, disposed.
 * Run: ./mvnw -Pbench test-compile exec:exec (see docs/performance.md).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ClassifyBenchmark {

    DroolsJudgmentClassifier classifier;
    Segment segment;
    People people;
    Judgment typical;
    Judgment bare;

    @Setup
    public void load() throws Exception {
        classifier = new DroolsJudgmentClassifier(Path.of("rules"));
        Vignette mary = VignetteReader.read(
                Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml")), "mary-after-hours.yaml");
        segment = mary.segment("s6").orElseThrow();
        people = mary.people();
        typical = new Judgment(
                "s6",
                Set.of(Characteristic.SECRECY, Characteristic.ROLE_REVERSAL),
                List.of("free to stop whenever she likes", "it must stay in this room"),
                "She is trapped: leaving would mean abandoning her healing, and nothing about it is secret to her.",
                3);
        bare = new Judgment("s6", Set.of(Characteristic.DOUBLE_BIND), List.of(), "", null);
    }

    /** A full judgment: marks, two highlights, a two-clause rationale with a negation, certainty. */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment classifyTypicalJudgment() {
        return classifier.classify(segment, typical, people);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment classifyMarksOnly() {
        return classifier.classify(segment, bare, people);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Assessment throughputTwoThreads() {
        return classifier.classify(segment, typical, people);
    }
}
