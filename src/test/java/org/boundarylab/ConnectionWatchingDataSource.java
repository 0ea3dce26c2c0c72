package org.boundarylab;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The tests' connection pool, which tells a test each time a thread takes a database connection
 * (named in application-test.properties, so every Spring test shares one context with it). The
 * live screens' tests use it to see that no query runs while a thread holds a UI's lock.
 */
public class ConnectionWatchingDataSource extends HikariDataSource {

    private static volatile Consumer<Thread> watcher = thread -> {};

    /** Watches connections from now on; {@link #unwatch()} when done. */
    public static void watch(Consumer<Thread> onConnection) {
        watcher = onConnection;
    }

    public static void unwatch() {
        watcher = thread -> {};
    }

    @Override
    public Connection getConnection() throws SQLException {
        watcher.accept(Thread.currentThread());
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        watcher.accept(Thread.currentThread());
        return super.getConnection(username, password);
    }
}
