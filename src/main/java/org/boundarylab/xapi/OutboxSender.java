package org.boundarylab.xapi;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.boundarylab.base.Backoff;
import org.boundarylab.base.NodeLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox to the LRS, oldest first, one statement per PUT with its own id, so a retry
 * of a statement the LRS already holds stores nothing new. While the LRS cannot be reached (or
 * refuses the credentials) the sender waits longer after each failure (by default 5 s, doubling up
 * to 5 minutes: {@code boundarylab.xapi.first-retry} and {@code longest-retry}), and the statement stays in the outbox; one the LRS rejects as invalid (400) or as
 * another statement with the same id (409) is marked rejected and kept, and the rest go on.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 100;

    /** Several nodes: one sends at a time, so statements leave in order and once; another takes over if it dies. */
    static final String JOB = "xapi-outbox";

    private final SettingsStore settings;
    private final Outbox outbox;
    private final NodeLeases leases;
    private final Duration interval;
    private final Duration firstWait;
    private final Duration longestWait;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledExecutorService timer;
    private int failuresInARow;
    private Instant pausedUntil = Instant.MIN;

    OutboxSender(
            SettingsStore settings,
            Outbox outbox,
            NodeLeases leases,
            @Value("${boundarylab.xapi.send-interval:5s}") Duration interval,
            @Value("${boundarylab.xapi.first-retry:5s}") Duration firstWait,
            @Value("${boundarylab.xapi.longest-retry:5m}") Duration longestWait) {
        this.settings = settings;
        this.outbox = outbox;
        this.leases = leases;
        this.interval = interval;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    /** What one pass did. */
    record Pass(int sent, int rejected, String error) {}

    /** Sends what is due now, unless waiting after a failure. */
    synchronized Pass sendDue() {
        return Instant.now().isBefore(pausedUntil) ? new Pass(0, 0, "waiting until " + pausedUntil) : send();
    }

    /** Sends at once, even while waiting after a failure (the settings page's "Send now"). */
    synchronized Pass sendNow() {
        pausedUntil = Instant.MIN;
        return send();
    }

    private Pass send() {
        XapiSettings s = settings.current();
        if (!s.enabled()) {
            return new Pass(0, 0, null);
        }
        int sent = 0;
        int rejected = 0;
        while (true) {
            // renewed for every batch; it outlasts a few passes, so a node that dies hands the job on
            // within half a minute
            if (!leases.hold(JOB, interval.multipliedBy(6).plusSeconds(1))) {
                return new Pass(sent, rejected, "another node of this server is sending them");
            }
            var rows = outbox.waiting(BATCH);
            if (rows.isEmpty()) {
                failuresInARow = 0;
                return new Pass(sent, rejected, null);
            }
            for (Outbox.Row row : rows) {
                String error;
                try {
                    HttpResponse<String> response = http.send(put(s, row), HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    if (status == 204 || status == 200) {
                        outbox.sent(row.id(), Instant.now());
                        sent++;
                        failuresInARow = 0;
                        continue;
                    }
                    if (status == 400 || status == 409) {
                        outbox.rejected(
                                row.id(), "LRS answered " + status + ": " + snippet(response.body()), Instant.now());
                        rejected++;
                        LOG.warn(
                                "The LRS rejected statement {} ({}): {}",
                                row.statementId(),
                                status,
                                snippet(response.body()));
                        continue;
                    }
                    error = "LRS answered " + status
                            + (status == 401 || status == 403 ? " (check the key and secret)" : "") + ": "
                            + snippet(response.body());
                } catch (IOException e) {
                    error = "cannot reach the LRS: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Pass(sent, rejected, "interrupted");
                } catch (IllegalArgumentException e) {
                    error = "the LRS endpoint is not a usable address: " + e.getMessage();
                }
                // the LRS is down or refuses us: keep this statement and everything after it, and wait
                failuresInARow++;
                pausedUntil = Instant.now().plus(Backoff.doubling(failuresInARow, firstWait, longestWait));
                outbox.failed(row.id(), error, pausedUntil);
                return new Pass(sent, rejected, error);
            }
        }
    }

    private static HttpRequest put(XapiSettings s, Outbox.Row row) {
        URI uri = URI.create(
                s.statementsUri() + "?statementId=" + URLEncoder.encode(row.statementId(), StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(s))
                .header("X-Experience-API-Version", Profile.VERSION)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(row.statement(), StandardCharsets.UTF_8))
                .build();
    }

    /** Asks the LRS's about resource, with the credentials: a one-line answer for the settings page. */
    String check(XapiSettings s) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(s.aboutUri())
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", basic(s))
                            .header("X-Experience-API-Version", Profile.VERSION)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200
                    ? "The LRS answered: " + snippet(r.body())
                    : "The LRS answered " + r.statusCode() + ": " + snippet(r.body());
        } catch (IOException | IllegalArgumentException e) {
            return "Cannot reach the LRS: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted";
        }
    }

    private static String basic(XapiSettings s) {
        return "Basic "
                + Base64.getEncoder().encodeToString((s.key() + ":" + s.secret()).getBytes(StandardCharsets.UTF_8));
    }

    private static String snippet(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xapi-outbox");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        sendDue();
                    } catch (RuntimeException e) {
                        LOG.warn("Sending learning records failed; trying again later", e);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService t = timer;
        if (t != null) {
            t.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
