package org.boundarylab.xapi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.boundarylab.NodeTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real LRS for the tests: the npm package xapi-statements 5.0.1 under the machine's Node, with
 * in-memory stores (so a restart starts empty), bound to 127.0.0.1 on a port of its own.
 */
public final class Lrs implements AutoCloseable {

    private final int port;
    private final Path log;
    private Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    public Lrs() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Path.of("target", "e2e-logs", "lrs-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xAPI/";
    }

    public Lrs start() throws Exception {
        NodeTools tools = NodeTools.LRS.ready();
        ProcessBuilder pb = new ProcessBuilder("node", "lrs.js")
                .directory(tools.folder().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("EXPRESS_PORT", Integer.toString(port));
        pb.environment().put("MODELS_REPO", "memory");
        pb.environment().put("STORAGE_REPO", "memory");
        pb.environment().put("AUTH_REPO", "test");
        pb.environment().put("EVENTS_REPO", "test");
        pb.environment().put("WINSTON_CONSOLE_LEVEL", "warn");
        pb.environment()
                .put(
                        "EXPRESS_MORGAN_DIRECTORY",
                        tools.folder().resolve("access-logs").toString());
        process = pb.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the LRS exited at start; see " + log);
            }
            try {
                if (get("about").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the LRS did not answer within 60 s; see " + log);
    }

    /** Stops the LRS (its in-memory statements go with it). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Every statement the LRS holds, following its "more" links. */
    public List<JsonNode> statements() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String next = "statements?limit=100";
        JsonMapper json = JsonMapper.builder().build();
        while (next != null && !next.isEmpty()) {
            HttpResponse<String> r = get(next);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + next + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode page = json.readTree(r.body());
            page.get("statements").forEach(all::add);
            String more = page.path("more").asString("");
            next = more.isEmpty() ? null : more.substring(more.indexOf("statements"));
        }
        return all;
    }

    public JsonNode statement(String id) throws Exception {
        HttpResponse<String> r = get("statements?statementId=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? JsonMapper.builder().build().readTree(r.body()) : null;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(endpoint() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("X-Experience-API-Version", "1.0.3")
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString("boundary-lab:lrs-secret-1".getBytes()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
