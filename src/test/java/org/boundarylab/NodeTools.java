package org.boundarylab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * npm packages the tests run under the machine's Node: installed with npm into a folder of their own
 * under target/node-tools/ (never committed), and kept there, so a second run installs nothing. The
 * scripts beside them come from src/test/resources/node/. Without node the tests are skipped on a
 * developer's machine, and fail under CI=true (.ci/run installs Debian's nodejs and npm).
 */
public final class NodeTools {

    /** gift-pegjs and xapi-validation: small, used by unit tests and the LRS test. */
    public static final NodeTools VALIDATORS = new NodeTools(
            "validators",
            Map.of("gift-pegjs", "1.0.2", "xapi-validation", "2.1.4"),
            List.of("gift-check.js", "xapi-check.js"));
    /** The xapi-statements LRS (in-memory stores). */
    public static final NodeTools LRS = new NodeTools("lrs", Map.of("xapi-statements", "5.0.1"), List.of("lrs.js"));

    private final String name;
    private final Map<String, String> packages;
    private final List<String> scripts;
    private boolean ready;

    private NodeTools(String name, Map<String, String> packages, List<String> scripts) {
        this.name = name;
        this.packages = packages;
        this.scripts = scripts;
    }

    public Path folder() {
        return Path.of("target", "node-tools", name).toAbsolutePath();
    }

    /**
     * Installs the packages once (kept under target/), or skips the test (fails it under CI) without node.
     * No install scripts run: these packages are plain JavaScript, and a script that builds or downloads
     * a native add-on (one of the LRS's dependencies has one) is neither needed nor possible here.
     */
    public synchronized NodeTools ready() throws IOException, InterruptedException {
        if (ready) {
            return this;
        }
        requireNode();
        Path folder = folder();
        Files.createDirectories(folder);
        for (String script : scripts) {
            try (InputStream in = NodeTools.class.getResourceAsStream("/node/" + script)) {
                Files.copy(in, folder.resolve(script), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!installed()) {
            StringBuilder deps = new StringBuilder();
            packages.forEach((p, v) -> deps.append(deps.isEmpty() ? "" : ",")
                    .append('"')
                    .append(p)
                    .append("\":\"")
                    .append(v)
                    .append('"'));
            Files.writeString(
                    folder.resolve("package.json"),
                    "{\"name\":\"boundarylab-test-" + name + "\",\"private\":true,\"dependencies\":{" + deps + "}}\n");
            List<String> command = List.of(
                    "npm",
                    "install",
                    "--ignore-scripts",
                    "--no-audit",
                    "--no-fund",
                    "--loglevel=error",
                    "--cache",
                    Path.of("target", "npm-cache").toAbsolutePath().toString());
            Result r = run(folder, command, Map.of(), 600);
            if (r.exit() != 0 || !installed()) {
                throw new IllegalStateException(
                        "npm install in " + folder + " failed (" + r.exit() + "): " + r.err() + r.out());
            }
        }
        ready = true;
        return this;
    }

    private boolean installed() throws IOException {
        for (var p : packages.entrySet()) {
            Path json = folder().resolve("node_modules").resolve(p.getKey()).resolve("package.json");
            if (!Files.exists(json)
                    || !Files.readString(json).contains("\"version\":\"" + p.getValue() + "\"")
                            && !Files.readString(json).contains("\"version\": \"" + p.getValue() + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code node script args...} in the folder; the output as text. */
    public Result node(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return run(folder(), command, Map.of(), 120);
    }

    public record Result(int exit, String out, String err) {}

    private static Result run(Path dir, List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-out", ".txt");
        Path err = Files.createTempFile("node-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + seconds + " s");
            }
            return new Result(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Skips without node and npm, except under CI, where their absence is a failure. */
    public static void requireNode() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "node and npm are needed (CI=true): .ci/run installs Debian's nodejs and npm");
            }
            Assumptions.abort("node and npm are not installed: apt-get install nodejs npm");
        }
    }
}
