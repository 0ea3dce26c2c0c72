package org.boundarylab.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar started as a user would start it, in its own process, on a free port and a
 * data folder of the test's own. {@link #kill()} is kill -9 (SIGKILL): no shutdown hooks run.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "e2e-admin-Pa55word";

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final List<String> extraArgs;
    private Process process;

    AppProcess(Path dataDir) throws IOException {
        this(dataDir, List.of());
    }

    /** With more command-line options (e.g. a shorter send interval) after the port and data folder. */
    AppProcess(Path dataDir, List<String> extraArgs) throws IOException {
        this.dataDir = dataDir;
        this.extraArgs = List.copyOf(extraArgs);
        this.port = freePort();
        // kept after the test (the data folder is not) so a failure can be read
        this.log = Path.of("target", "e2e-logs", "app-" + port + ".log");
        java.nio.file.Files.createDirectories(log.getParent());
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    AppProcess start() throws IOException, InterruptedException {
        String jar = System.getProperty("boundarylab.jar", "target/boundary-lab.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar,
                "--server.port=" + port,
                "--boundarylab.data-dir=" + dataDir));
        command.addAll(extraArgs);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("BOUNDARYLAB_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = pb.start();
        awaitHealthy(Duration.ofSeconds(90));
        return this;
    }

    /** kill -9: the JVM gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited at start-up; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not report UP within " + limit + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
