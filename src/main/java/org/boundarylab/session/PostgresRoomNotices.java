package org.boundarylab.session;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes on one PostgreSQL database: a change is announced with {@code NOTIFY} in the
 * change's own transaction (PostgreSQL delivers it at commit, and never if it rolls back), and every
 * node, this one included, hears it on a connection of its own that does nothing but {@code LISTEN}.
 * That connection is made again when it is lost (1 s, 2 s, ... up to 10 s apart); notices sent while
 * it was down are gone, so every screen on this node then re-reads what it shows.
 */
final class PostgresRoomNotices implements RoomNotices, AutoCloseable {

    static final String CHANNEL = "boundarylab_rooms";
    private static final Pattern NOTICE = Pattern.compile("session (\\d+) changed to version (-?\\d+) by ([A-Z]+)");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    /** A listening connection that has heard nothing for this long is asked whether it still works. */
    private static final Duration QUIET = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(PostgresRoomNotices.class);

    private final String url;
    private final String user;
    private final String password;
    private final JdbcClient jdbc;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread listener;

    PostgresRoomNotices(String url, String user, String password, JdbcClient jdbc) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.jdbc = jdbc;
    }

    /** The text of a notice: what a person reading the database's log would understand. */
    static String text(SessionEvents.Event change) {
        return "session " + change.sessionId() + " changed to version " + change.version() + " by " + change.kind();
    }

    static Optional<SessionEvents.Event> parse(String text) {
        Matcher m = NOTICE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionEvents.Event(
                    Long.parseLong(m.group(1)), SessionEvents.Kind.valueOf(m.group(3)), Long.parseLong(m.group(2))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public void start(Receiver receiver) {
        listener = Thread.ofPlatform().name("room-notices").daemon().start(() -> listen(receiver));
        try {
            // the node's own first notices must not go out before it hears them
            if (!listening.await(30, TimeUnit.SECONDS)) {
                log.warn("Not yet listening for live-session notices on {}; still trying", url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void send(SessionEvents.Event change) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, text(change)).query().singleRow();
    }

    private void listen(Receiver receiver) {
        Duration retry = FIRST_RETRY;
        boolean heardBefore = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (heardBefore) {
                    log.info("Listening for live-session notices again; every screen re-reads its session");
                    receiver.missedSome();
                }
                heardBefore = true;
                retry = FIRST_RETRY;
                listening.countDown();
                hear(c.unwrap(PGConnection.class), c, receiver);
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "Lost the connection that hears live-session notices ({}); trying again in {} s",
                        e.getMessage(),
                        retry.toSeconds());
                sleep(retry);
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private void hear(PGConnection pg, Connection c, Receiver receiver) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notices =
                    pg.getNotifications((int) Duration.ofSeconds(1).toMillis());
            if (notices != null && notices.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notice : notices) {
                    parse(notice.getParameter())
                            .ifPresentOrElse(
                                    receiver::changed,
                                    () -> log.warn("A notice not understood: {}", notice.getParameter()));
                }
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                quietSince = System.nanoTime();
                if (!c.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException alreadyGone) {
                // closing anyway
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }
}
