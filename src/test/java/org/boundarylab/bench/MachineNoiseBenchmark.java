package org.boundarylab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own latency floor: a fixed amount of pure arithmetic, no allocation, no memory
 * traffic, timed like {@link ClassifyBenchmark}. Whatever spread its percentiles show (timer ticks,
 * other tenants of the host, the JIT's and GC's threads on two cores) is not the rule engine's.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.args=MachineNoiseBenchmark
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class MachineNoiseBenchmark {

    /** Iterations of the loop: 5,000 take about 10 µs here, 9,000 about 18 µs, 15,000 about 30 µs. */
    @Param({"5000", "9000", "15000"})
    int work;

    long seed = 42;

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long fixedArithmetic() {
        long x = seed;
        for (int k = 0; k < work; k++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 13;
        }
        return x;
    }
}
