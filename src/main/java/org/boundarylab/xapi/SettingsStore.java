package org.boundarylab.xapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one settings row, cached: every event reads it, and only the settings page changes it. */
@Component
class SettingsStore {

    private final JdbcClient jdbc;
    private final AtomicReference<XapiSettings> cached = new AtomicReference<>();

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    XapiSettings current() {
        XapiSettings s = cached.get();
        if (s == null) {
            s = jdbc.sql("select enabled, endpoint, api_key, secret, home_page, salt from xapi_settings where id = 1")
                    .query((rs, n) -> new XapiSettings(
                            rs.getBoolean(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .optional()
                    .orElse(XapiSettings.NONE);
            cached.set(s);
        }
        return s;
    }

    /** Stores the settings; the salt is made once, on the first save, and never changes. */
    synchronized XapiSettings save(
            boolean enabled, String endpoint, String key, String secret, String homePage, String by) {
        String salt = current().salt().isEmpty()
                ? UUID.randomUUID().toString()
                : current().salt();
        XapiSettings s = new XapiSettings(enabled, endpoint, key, secret, homePage, salt);
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql(
                        "update xapi_settings set enabled = ?, endpoint = ?, api_key = ?, secret = ?, home_page = ?, "
                                + "updated_by = ?, updated_at = ? where id = 1")
                .params(enabled, endpoint, key, secret, homePage, by, now)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into xapi_settings (id, enabled, endpoint, api_key, secret, home_page, salt, updated_by, updated_at) "
                                    + "values (1, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(enabled, endpoint, key, secret, homePage, salt, by, now)
                    .update();
        }
        cached.set(s);
        return s;
    }

    /** Forget the cache (tests that reset the database). */
    void reload() {
        cached.set(null);
    }
}
