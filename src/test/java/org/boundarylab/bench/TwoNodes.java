package org.boundarylab.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.TestPostgres;

/**
 * Production in small, on loopback: a PostgreSQL server (the tests' embedded one), two app nodes
 * (the packaged jar, each in its own process) on one database, and HAProxy in front of them with the
 * shipped {@code deploy/haproxy.cfg}. {@link #kill} is kill -9 of a node.
 */
public final class TwoNodes implements AutoCloseable {

    /** How the tests meet a machine without HAProxy: skipped on a developer's machine, failed on CI. */
    public static final String MISSING =
            "HAProxy is not installed (Debian: apt-get install haproxy); .ci/run installs it";

    private static final Path HAPROXY_CONFIG = Path.of("deploy", "haproxy.cfg");

    /** One app node: its HAProxy name ("a", "b"), port and process. */
    public record Node(String name, int port, Process process, Path log) {
        public String baseUrl() {
            return "http://localhost:" + port + "/";
        }
    }

    private final String databaseUrl;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final int balancerPort;
    private final List<String> nodeOptions;
    private Process haproxy;

    private TwoNodes(String databaseUrl, int balancerPort, List<String> nodeOptions) {
        this.databaseUrl = databaseUrl;
        this.balancerPort = balancerPort;
        this.nodeOptions = nodeOptions;
    }

    public static boolean haproxyInstalled() {
        return haproxyPath() != null;
    }

    /**
     * Starts the database, node a (which migrates and loads the seeds), then {@code beforeB} (to seed
     * test data), node b, and HAProxy; returns once HAProxy has both nodes in service.
     *
     * @param heap each node's -Xmx, e.g. "512m"
     */
    public static TwoNodes start(String heap, SqlStep beforeB) throws Exception {
        TwoNodes cluster = new TwoNodes(TestPostgres.newDatabase("cluster"), freePort(), List.of("-Xmx" + heap));
        try {
            cluster.startNode("a");
            try (Connection db = cluster.database()) {
                beforeB.run(db);
            }
            cluster.startNode("b");
            cluster.startBalancer();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Something done to the database between node a's start and node b's. */
    @FunctionalInterface
    public interface SqlStep {
        void run(Connection db) throws Exception;
    }

    /** Where the browsers go: HAProxy. */
    public String baseUrl() {
        return "http://localhost:" + balancerPort + "/";
    }

    public Node node(String name) {
        return nodes.get(name);
    }

    /** A connection of the test's own to the nodes' database. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, "postgres", "postgres");
    }

    /** kill -9 of a node: no shutdown hook, nothing flushed, its sessions gone. */
    public void kill(String name) throws InterruptedException {
        Process p = nodes.get(name).process();
        p.destroyForcibly();
        p.waitFor();
    }

    private void startNode(String name) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "e2e-logs", "node-" + name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        Path data = Files.createTempDirectory("boundary-lab-node-" + name);
        String jar = System.getProperty(
                "boundarylab.jar", System.getenv().getOrDefault("LOAD_JAR", "target/boundary-lab.jar"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(nodeOptions);
        // LOAD_NODE_OPTIONS="-XX:..." adds JVM options to every node (a profiler's, to see where time goes)
        String extra = System.getenv("LOAD_NODE_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            for (String option : extra.trim().split("\\s+")) {
                command.add(option.replace("{node}", name));
            }
        }
        command.addAll(List.of(
                "-jar",
                jar,
                "--server.port=" + port,
                "--boundarylab.data-dir=" + data,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--boundarylab.trusted-proxies=127.0.0.1"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Node node = new Node(name, port, process, log);
        nodes.put(name, node);
        awaitHealthy(node.baseUrl(), process, log);
    }

    private void startBalancer() throws Exception {
        String binary = haproxyPath();
        if (binary == null) {
            throw new IllegalStateException(MISSING);
        }
        Path log = Path.of("target", "e2e-logs", "haproxy-" + balancerPort + ".log");
        ProcessBuilder pb = new ProcessBuilder(binary, "-db", "-f", HAPROXY_CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("BL_LISTEN", "127.0.0.1:" + balancerPort);
        pb.environment().put("BL_NODE_A", "127.0.0.1:" + nodes.get("a").port());
        pb.environment().put("BL_NODE_B", "127.0.0.1:" + nodes.get("b").port());
        haproxy = pb.start();
        // in service once a request stuck to each node is answered by that node
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(30);
        for (String name : nodes.keySet()) {
            while (!servedBy(http, name)) {
                if (!haproxy.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("HAProxy did not bring node " + name + " into service; see " + log);
                }
                Thread.sleep(200);
            }
        }
    }

    private boolean servedBy(HttpClient http, String name) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "actuator/health"))
                            .header("Cookie", "BLNODE=" + name)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200
                    && name.equals(r.headers().firstValue("X-Boundarylab-Node").orElse(""));
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void awaitHealthy(String base, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("A node exited at start-up; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("A node did not report UP; see " + log);
    }

    private static String haproxyPath() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "haproxy");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor();
        }
        for (Node n : nodes.values()) {
            if (n.process().isAlive()) {
                n.process().destroy();
                n.process().waitFor();
            }
        }
    }
}
