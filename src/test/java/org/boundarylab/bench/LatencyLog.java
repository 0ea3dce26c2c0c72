package org.boundarylab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Round-trip times by kind of request, and the errors: percentiles computed exactly from every sample. */
public final class LatencyLog {

    public LatencyLog() {}

    private final Map<String, List<Long>> samples = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();

    synchronized void record(String kind, long nanos, boolean failed) {
        samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
        samples.computeIfAbsent("all requests", k -> new ArrayList<>()).add(nanos);
        if (failed) {
            errors.merge(kind, 1, Integer::sum);
        }
    }

    /** A sample of its own kind, outside "all requests" (a time that is not one request's round trip). */
    synchronized void recordAlone(String kind, long nanos) {
        samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
    }

    /** The q-quantile of a kind's samples, in milliseconds (q = 1 is the slowest). */
    public synchronized double percentileMs(String kind, double q) {
        long[] sorted = samples.getOrDefault(kind, List.of()).stream()
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        return sorted.length == 0 ? Double.NaN : ms(sorted, q);
    }

    public synchronized int count(String kind) {
        return samples.getOrDefault(kind, List.of()).size();
    }

    public synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized String report() {
        StringBuilder out = new StringBuilder(String.format(
                "%-14s %8s %8s %8s %8s %8s %8s%n",
                "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        samples.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            out.append(String.format(
                    "%-14s %8d %8d %8.1f %8.1f %8.1f %8.1f%n",
                    kind,
                    sorted.length,
                    errors.getOrDefault(kind, kind.equals("all requests") ? errorCount() : 0),
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6));
        });
        return out.toString();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
