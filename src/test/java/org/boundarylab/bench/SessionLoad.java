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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Load on one node: simulated trainees work through live sessions' case with think time while each
 * session's supervisor dashboard is open on push, all speaking Vaadin's UIDL protocol over HTTP
 * (and the dashboards Atmosphere's WebSocket push) to the packaged jar in its own process. Prints
 * round-trip percentiles per kind of request, errors, the time from a trainee's answer to its
 * session's dashboard showing it (the pushed message that carries the trainee's new row), and heap
 * per trainee session (from jcmd, after a full GC).
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.boundarylab.bench.SessionLoad
 * -Dbench.args="300 3000 60 10"}: trainees, mean think time in ms, ramp-up in seconds, sessions (the
 * trainees are dealt round the sessions; default 1), and "two-nodes" to run through HAProxy against two
 * nodes on PostgreSQL ({@link TwoNodes}; needs haproxy installed); a sixth argument runs that many other
 * trainees first, in sessions of their own and not counted, so that the nodes are warm (their JIT
 * compilers done) when the measured round starts. Needs {@code target/boundary-lab.jar}
 * ({@code ./mvnw -DskipTests package}).
 */
public final class SessionLoad {

    public static final String PASSWORD = "load-test-password";
    public static final String CASE = "daniel-school-counsellor";
    public static final int SEGMENTS = 5;
    public static final String SHOWN = "answer shown on dashboard";

    public static void main(String[] args) throws Exception {
        int trainees = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int thinkMs = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rampSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int sessionCount = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean twoNodes = args.length > 4 && args[4].equals("two-nodes");
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Round measured = new Round("load-", trainees, sessionCount);
        Round warming = new Round("warm-", warmUp, Math.max(1, Math.min(sessionCount, warmUp / 30)));
        List<Round> rounds = warmUp > 0 ? List.of(warming, measured) : List.of(measured);
        try (Target target = twoNodes ? Target.twoNodes(rounds) : Target.oneNode(rounds)) {
            String base = target.base();
            System.out.println("load through " + base + (twoNodes ? " (HAProxy, two nodes, PostgreSQL)" : ""));
            if (warmUp > 0) {
                // the nodes' JIT compilers do their work here, as in a node that has been serving for a while
                System.out.println("warm-up round: " + warmUp + " other trainees in their own sessions, not counted");
                run(base, warming, thinkMs, rampSeconds, target, false);
                Thread.sleep(10_000);
            }
            run(base, measured, thinkMs, rampSeconds, target, true);
        }
    }

    /** One round's accounts and sessions: trainees "{prefix}t0", ..., supervisors "{prefix}sup0", .... */
    record Round(String prefix, int trainees, int sessionCount, List<Long> sessionIds) {
        Round(String prefix, int trainees, int sessionCount) {
            this(prefix, trainees, sessionCount, new ArrayList<>());
        }

        void seed(Connection db) throws Exception {
            sessionIds.addAll(SessionLoad.seed(db, prefix, trainees, sessionCount, List.of(CASE)));
        }
    }

    private static void run(String base, Round round, int thinkMs, int rampSeconds, Target target, boolean report)
            throws Exception {
        int trainees = round.trainees();
        int sessionCount = round.sessionCount();
        List<Long> sessionIds = round.sessionIds();
        LatencyLog log = new LatencyLog();
        LatencyLog shown = new LatencyLog();
        long heapBefore = report ? target.heapUsed() : 0;
        AtomicBoolean running = new AtomicBoolean(true);
        List<Visibility> rooms = new ArrayList<>();
        CountDownLatch dashboardsOpen = new CountDownLatch(sessionCount);
        List<Thread> supervisors = new ArrayList<>();
        for (int j = 0; j < sessionCount; j++) {
            Visibility room = new Visibility(shown);
            rooms.add(room);
            String supervisor = round.prefix() + "sup" + j;
            long sessionId = sessionIds.get(j);
            supervisors.add(Thread.ofVirtual()
                    .start(() -> watchDashboard(base, supervisor, sessionId, log, room, running, dashboardsOpen)));
        }
        if (!dashboardsOpen.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the dashboards did not open");
        }
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        Instant started = Instant.now();
        for (int i = 0; i < trainees; i++) {
            String user = round.prefix() + "t" + i;
            String name = "Trainee " + i;
            Visibility room = rooms.get(i % sessionCount);
            long sessionId = sessionIds.get(i % sessionCount);
            long delay = (long) rampSeconds * 1000 * i / trainees;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(delay);
                    trainee(base, user, name, sessionId, thinkMs, log, room);
                    finished.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println(user + ": " + e.getMessage());
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        Duration took = Duration.between(started, Instant.now());
        Thread.sleep(3000); // the last answers' pushes
        long heapAfter = report ? target.heapUsed() : 0;
        running.set(false);
        for (Thread t : supervisors) {
            t.join();
        }
        int answers = rooms.stream().mapToInt(Visibility::answers).sum();
        System.out.printf(
                "%d trainees in %d session(s) (%d finished, %d failed), think time %d ms, ramp-up %d s, %d s in all%n",
                trainees, sessionCount, finished.get(), failed.get(), thinkMs, rampSeconds, took.toSeconds());
        if (!report) {
            return;
        }
        System.out.print(log.report());
        System.out.printf(
                "%d answers; %d seen on their dashboard by push, %d not (a later answer of the same trainee came first)%n",
                answers, shown.count(SHOWN), answers - shown.count(SHOWN));
        System.out.print(shown.report());
        System.out.printf(
                "heap used after full GC: %.1f MB before, %.1f MB with every trainee's UI open: %.0f KB per trainee session%n",
                heapBefore / 1e6, heapAfter / 1e6, (heapAfter - heapBefore) / 1024.0 / trainees);
    }

    /** What the load runs against: one jar on H2, or two nodes on PostgreSQL behind HAProxy ({@link TwoNodes}). */
    private interface Target extends AutoCloseable {
        String base();

        /** Heap in use after a full GC, over every node. */
        long heapUsed() throws Exception;

        @Override
        void close() throws Exception;

        static Target oneNode(List<Round> rounds) throws Exception {
            Path data = Files.createTempDirectory("boundary-lab-load");
            int port = freePort();
            String base = "http://localhost:" + port + "/";
            Process setup = start(data, port);
            awaitHealthy(base);
            setup.destroy();
            setup.waitFor();
            try (Connection db = h2(data)) {
                for (Round round : rounds) {
                    round.seed(db);
                }
            }
            Process server = start(data, port);
            awaitHealthy(base);
            return new Target() {
                public String base() {
                    return base;
                }

                public long heapUsed() throws Exception {
                    return SessionLoad.heapUsed(server.pid());
                }

                public void close() throws Exception {
                    server.destroy();
                    server.waitFor();
                }
            };
        }

        static Target twoNodes(List<Round> rounds) throws Exception {
            TwoNodes cluster = TwoNodes.start("1g", db -> {
                for (Round round : rounds) {
                    round.seed(db);
                }
            });
            // LOAD_DIRECT=a sends everything to node a itself, bypassing HAProxy (to tell its share of the time)
            String direct = System.getenv("LOAD_DIRECT");
            return new Target() {
                public String base() {
                    return direct == null
                            ? cluster.baseUrl()
                            : cluster.node(direct).baseUrl();
                }

                public long heapUsed() throws Exception {
                    return SessionLoad.heapUsed(cluster.node("a").process().pid())
                            + SessionLoad.heapUsed(cluster.node("b").process().pid());
                }

                public void close() throws Exception {
                    cluster.close();
                }
            };
        }
    }

    /**
     * One session's dashboard as its pushes arrive: for each trainee's answer, the time from sending
     * it to the first pushed message whose row for that trainee no longer says where they were.
     */
    public static final class Visibility {

        private record Pending(String before, long sentAt) {}

        private final Map<String, Pending> pending = new ConcurrentHashMap<>();
        private final AtomicInteger answers = new AtomicInteger();
        private final LatencyLog shown;

        public Visibility(LatencyLog shown) {
            this.shown = shown;
        }

        public void answering(String name, String positionBefore) {
            answers.incrementAndGet();
            pending.put(name, new Pending(positionBefore, System.nanoTime()));
        }

        public int answers() {
            return answers.get();
        }

        public void pushed(String message, long arrived) {
            pending.forEach((name, p) -> {
                String row = row(message, name);
                if (row != null && !row.contains("\"" + p.before() + "\"") && pending.remove(name, p)) {
                    shown.recordAlone(SHOWN, arrived - p.sentAt());
                }
            });
        }

        /** The grid item (a flat JSON object) that carries this trainee's name, if the message has it. */
        static String row(String message, String name) {
            int at = message.indexOf("\"" + name + "\"");
            if (at < 0) {
                return null;
            }
            int from = message.lastIndexOf('{', at);
            int to = message.indexOf('}', at);
            return from < 0 || to < 0 ? null : message.substring(from, to + 1);
        }
    }

    /** One trainee: sign in, open the session, judge each segment (none, fairly sure), read feedback, go on. */
    static void trainee(
            String base, String user, String name, long sessionId, int thinkMs, LatencyLog log, Visibility room)
            throws Exception {
        UidlClient browser = new UidlClient(base, log);
        stick(browser);
        browser.login(user, PASSWORD);
        browser.open("session/" + sessionId);
        if (!browser.has("submit-judgment")) {
            throw new IOException("no judgment form on the session page: "
                    + browser.lastBody.replaceAll(
                            ".*\"(Not in this session|Waiting[^\"]*|Paused|This session is closed)\".*", "$1"));
        }
        answer(browser, name, room, thinkMs, 1, SEGMENTS);
    }

    /**
     * Judges segments from {@code segment} on (none, fairly sure), reading each one's feedback, until
     * {@code count} are answered or the case ends; returns how many were answered.
     */
    public static int answer(UidlClient browser, String name, Visibility room, int thinkMs, int segment, int count)
            throws IOException, InterruptedException {
        int answered = 0;
        while (answered < count && browser.has("submit-judgment")) {
            think(thinkMs);
            browser.set("mark-NONE", "checked", browser.bool(true), "checked-changed");
            browser.set("rationale", "value", browser.text("An ordinary moment of the work."), "change");
            browser.set("certainty", "value", browser.text("2"), "value-changed");
            room.answering(name, "Segment " + segment + " of " + SEGMENTS);
            browser.click("submit-judgment");
            if (!browser.lastBody.contains("feedback-heading")) {
                throw new IOException("no feedback after submit: "
                        + browser.lastBody.substring(0, Math.min(400, browser.lastBody.length())));
            }
            answered++;
            think(thinkMs);
            browser.click("next-segment");
            segment++;
            if (browser.lastBody.contains("Case finished") || browser.lastBody.contains("finished every case")) {
                break;
            }
        }
        return answered;
    }

    /** A supervisor's dashboard, open throughout on push, as a browser keeps it. */
    static void watchDashboard(
            String base,
            String supervisor,
            long sessionId,
            LatencyLog log,
            Visibility room,
            AtomicBoolean running,
            CountDownLatch open) {
        try {
            UidlClient browser = new UidlClient(base, log);
            stick(browser);
            browser.login(supervisor, PASSWORD);
            browser.open("sessions/" + sessionId);
            browser.connectPush(room::pushed);
            open.countDown();
            while (running.get()) {
                Thread.sleep(200);
            }
            browser.closePush();
        } catch (Exception e) {
            System.err.println("dashboard of session " + sessionId + ": " + e);
        }
    }

    /** LOAD_STICK=a: through HAProxy, but every browser on node a (to tell HAProxy's share from two busy nodes'). */
    private static void stick(UidlClient browser) {
        String node = System.getenv("LOAD_STICK");
        if (node != null) {
            browser.stickTo(node);
        }
    }

    private static void think(int meanMs) throws InterruptedException {
        Thread.sleep((long) (meanMs * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    /** Trainee and supervisor accounts and one open session, written straight into the stopped app's database. */
    public static long seed(Path data, int trainees, java.util.List<String> cases) throws Exception {
        return seed(data, trainees, 1, cases).get(0);
    }

    /**
     * Trainee accounts ("load-t0", ...), a supervisor per session ("load-sup0", ...) and that many open
     * sessions in immediate mode, the trainees dealt round them (trainee i joins session i mod n),
     * written straight into the stopped app's database.
     */
    public static List<Long> seed(Path data, int trainees, int sessionCount, java.util.List<String> cases)
            throws Exception {
        try (Connection db = h2(data)) {
            return seed(db, "load-", trainees, sessionCount, cases);
        }
    }

    private static Connection h2(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/boundarylab", "sa", "");
    }

    /** As {@link #seed(Path, int, int, List)}, into any migrated database (H2 or PostgreSQL). */
    public static List<Long> seed(Connection db, int trainees, int sessionCount, java.util.List<String> cases)
            throws Exception {
        return seed(db, "load-", trainees, sessionCount, cases);
    }

    /** As {@link #seed(Connection, int, int, List)}, with account names starting {@code prefix}. */
    static List<Long> seed(Connection db, String prefix, int trainees, int sessionCount, java.util.List<String> cases)
            throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        db.setAutoCommit(false);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            ids.add(insertUser(db, prefix + "t" + i, "Trainee " + i, hash, "TRAINEE", now));
        }
        List<Long> sessions = new ArrayList<>();
        for (int j = 0; j < sessionCount; j++) {
            long supervisor = insertUser(db, prefix + "sup" + j, "Load Supervisor " + j, hash, "SUPERVISOR", now);
            long session;
            try (PreparedStatement s = db.prepareStatement(
                    "insert into live_session (name, join_code, supervisor_id, "
                            + "feedback_mode, open_to_anyone, state, focus_vignette, focus_segment, created_at) "
                            + "values (?, ?, ?, 'IMMEDIATE', true, 'OPEN', 0, 0, ?)",
                    new String[] {"id"})) {
                s.setString(1, "Load test " + prefix + j);
                s.setString(2, prefix.substring(0, 4).toUpperCase(java.util.Locale.ROOT) + (10 + j));
                s.setLong(3, supervisor);
                s.setTimestamp(4, now);
                s.executeUpdate();
                ResultSet keys = s.getGeneratedKeys();
                keys.next();
                session = keys.getLong(1);
            }
            sessions.add(session);
            int position = 0;
            for (String vignette : cases) {
                int version;
                try (PreparedStatement s =
                        db.prepareStatement("select max(version) from vignette_version where vignette_id = ?")) {
                    s.setString(1, vignette);
                    ResultSet rs = s.executeQuery();
                    rs.next();
                    version = rs.getInt(1);
                }
                try (PreparedStatement s =
                        db.prepareStatement("insert into live_session_vignette values (?, ?, ?, ?)")) {
                    s.setLong(1, session);
                    s.setInt(2, position++);
                    s.setString(3, vignette);
                    s.setInt(4, version);
                    s.executeUpdate();
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "insert into live_session_member (session_id, trainee_id, invited, joined_at) values (?, ?, false, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setLong(1, sessions.get(i % sessionCount));
                s.setLong(2, ids.get(i));
                s.setTimestamp(3, now);
                s.addBatch();
            }
            s.executeBatch();
        }
        db.commit();
        return sessions;
    }

    private static long insertUser(Connection db, String username, String name, String hash, String role, Timestamp now)
            throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "insert into user_account (username, display_name, password_hash, role, "
                        + "enabled, created_at) values (?, ?, ?, ?, true, ?)",
                new String[] {"id"})) {
            s.setString(1, username);
            s.setString(2, name);
            s.setString(3, hash);
            s.setString(4, role);
            s.setTimestamp(5, now);
            s.executeUpdate();
            ResultSet keys = s.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    public static Process start(Path data, int port) throws IOException {
        Path log = Path.of("target", "load-server.log");
        Files.createDirectories(log.getParent());
        // LOAD_JAR=... measures another build (an earlier commit's jar) with the same driver
        String jar = System.getenv().getOrDefault("LOAD_JAR", "target/boundary-lab.jar");
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        jar,
                        "--server.port=" + port,
                        "--boundarylab.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    public static void awaitHealthy(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                if (http.send(
                                HttpRequest.newBuilder(URI.create(base + "actuator/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not start; see target/load-server.log");
    }

    /** Heap in use after a full GC, read with jcmd. */
    static long heapUsed(long pid) throws Exception {
        run(pid, "GC.run");
        String info = run(pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
