package org.boundarylab;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the Maven artifact's binaries
 * (nothing installed by hand), stopped when the JVM ends. Each caller gets a database of its own.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
        }
        return server;
    }

    /** A new, empty database on the server; its JDBC URL (user and password "postgres"). */
    public static String newDatabase(String prefix) {
        String name = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static void close(EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException e) {
            // the JVM is ending; the server's folder is temporary
        }
    }
}
