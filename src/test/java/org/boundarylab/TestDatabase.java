package org.boundarylab;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the Spring tests run on: the in-memory H2 of application-test.properties, or, with
 * {@code -Dboundarylab.test-database=postgresql} (the pom's "postgresql" test run), a database of
 * its own on the embedded PostgreSQL server, so the repository, service and report tests run on both.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "boundarylab.test-database";

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    /**
     * A new database of this run's kind with every migration applied, for tests below Spring (a pool
     * of a few connections, as the app has). Closed with the JVM.
     */
    public static DataSource migrated(String name) {
        HikariDataSource pool = new HikariDataSource();
        if (postgresql()) {
            pool.setJdbcUrl(TestPostgres.newDatabase(name));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
        } else {
            pool.setJdbcUrl("jdbc:h2:mem:" + name + "-" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        }
        pool.setMaximumPoolSize(8);
        Flyway.configure().dataSource(pool).load().migrate();
        return pool;
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (postgresql()) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test-postgresql",
                            Map.of(
                                    "spring.datasource.url", TestPostgres.newDatabase("boundarylab"),
                                    "spring.datasource.username", "postgres",
                                    "spring.datasource.password", "postgres")));
        }
    }
}
