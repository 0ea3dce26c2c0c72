package org.boundarylab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The headless scorer's marginal throughput: the packaged jar scores a batch of N judgments and a
 * batch of 10N in the same run; start-up cancels out in (t(10N) - t(N)) / 9N.
 * Run: ./mvnw -Pbench -Dbench.main=org.boundarylab.bench.ScorerThroughput -Dbench.args="20000 json" test-compile exec:exec
 * (after ./mvnw -DskipTests package).
 */
public final class ScorerThroughput {

    private ScorerThroughput() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        boolean json = args.length > 1 && args[1].equals("json");
        String ext = json ? ".json" : ".yaml";
        Path dir = Files.createTempDirectory("scorer-throughput");
        Path small = write(dir.resolve("small" + ext), n, json);
        Path large = write(dir.resolve("large" + ext), 10 * n, json);
        score(small); // warm the file cache and the JDK's class data
        long[] ts = new long[3];
        long[] tl = new long[3];
        for (int i = 0; i < 3; i++) {
            ts[i] = score(small);
            tl[i] = score(large);
        }
        long bestSmall = min(ts);
        long bestLarge = min(tl);
        double marginal = 9.0 * n / ((bestLarge - bestSmall) / 1e9);
        System.out.printf(Locale.ROOT, "%s responses, ", json ? "JSON" : "YAML");
        System.out.printf(
                Locale.ROOT,
                "N = %d: %.2f s; 10N = %d: %.2f s (best of 3 each)%n",
                n,
                bestSmall / 1e9,
                10 * n,
                bestLarge / 1e9);
        System.out.printf(Locale.ROOT, "marginal throughput: %.0f judgments/s%n", marginal);
    }

    private static long min(long[] values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Judgments spread over Mary's six segments, with marks, highlights, rationales and certainty. */
    static Path write(Path file, int judgments, boolean json) throws Exception {
        String[][] answers = {
            {"s1", "[]", "[]", "She idealises him, which is normal.", "2"},
            {"s2", "[\"SECRECY\"]", "[\"writes the reason\"]", "Running over feels hidden.", "1"},
            {"s3", "[\"ROLE_REVERSAL\"]", "[\"listening to him\"]", "She takes care of him now.", "3"},
            {
                "s4",
                "[\"SECRECY\", \"DOUBLE_BIND\"]",
                "[\"final slot of his day\"]",
                "Late sessions in an empty office.",
                "2"
            },
            {
                "s5",
                "[\"PROFESSIONAL_PRIVILEGE\"]",
                "[\"part of her treatment\"]",
                "He dresses up sexual contact as therapy.",
                "3"
            },
            {"s6", "[\"DOUBLE_BIND\"]", "[\"free to stop\"]", "She is trapped either way, nothing is secret.", "2"},
        };
        List<String> lines = new ArrayList<>();
        lines.add(json ? "{\"responses\": [" : "responses:");
        for (int t = 0; t * 6 < judgments; t++) {
            List<String> items = new ArrayList<>();
            for (int s = 0; s < 6 && t * 6 + s < judgments; s++) {
                String[] a = answers[s];
                items.add((json
                                ? "      {\"segment\": \"" + a[0] + "\", \"marked\": "
                                : "      - {segment: " + a[0] + ", marked: ")
                        + a[1] + (json ? ", \"evidence\": " : ", evidence: ") + a[2]
                        + (json ? ", \"rationale\": \"" : ", rationale: \"") + a[3]
                        + (json ? "\", \"confidence\": " : "\", confidence: ") + a[4] + "}");
            }
            boolean last = (t + 1) * 6 >= judgments;
            if (json) {
                lines.add("  {\"trainee\": \"t" + t + "\", \"vignette\": \"mary-after-hours\", \"judgments\": [");
                lines.add(String.join(",\n", items));
                lines.add("  ]}" + (last ? "" : ","));
            } else {
                lines.add("  - trainee: t" + t);
                lines.add("    vignette: mary-after-hours");
                lines.add("    judgments:");
                lines.addAll(items);
            }
        }
        if (json) {
            lines.add("]}");
        }
        return Files.write(file, lines);
    }

    static long score(Path responses) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        "target/boundary-lab.jar",
                        "score",
                        "--vignettes",
                        "seeds/vignettes",
                        "--responses",
                        responses.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the scorer failed on " + responses);
        }
        return System.nanoTime() - start;
    }
}
