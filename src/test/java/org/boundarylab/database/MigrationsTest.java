package org.boundarylab.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.boundarylab.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same migrations, run on H2 and on a real PostgreSQL server, give the same tables and columns. */
class MigrationsTest {

    @Test
    void every_migration_runs_on_h2_and_postgresql_to_the_same_schema() throws SQLException {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:migrations-test;DB_CLOSE_DELAY=-1", "sa", "");
        DataSource postgres =
                new DriverManagerDataSource(TestPostgres.newDatabase("migrations"), "postgres", "postgres");

        var onH2 = migrate(h2);
        var onPostgres = migrate(postgres);

        assertThat(onPostgres).isEqualTo(onH2);
        assertThat(columns(postgres)).isEqualTo(columns(h2)).containsKey("attempt");
    }

    private static String migrate(DataSource db) {
        Flyway flyway = Flyway.configure().dataSource(db).load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    /** Table name to its column names, lower case, without Flyway's own table. */
    private static Map<String, String> columns(DataSource db) throws SQLException {
        Map<String, java.util.SortedSet<String>> tables = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = meta.getDatabaseProductName().equals("H2") ? "PUBLIC" : "public";
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.equals("flyway_schema_history")) {
                        tables.computeIfAbsent(table, t -> new java.util.TreeSet<>())
                                .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        tables.forEach((t, cols) -> out.put(t, String.join(",", cols)));
        return out;
    }
}
