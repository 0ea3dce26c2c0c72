package org.boundarylab.lti;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
 * Posts the score outbox to the platforms' line items (AGS), every few seconds. A score the
 * platform took is marked sent and never posted again; one it cannot take now (down, busy, token
 * refused) waits longer after each try: {@code boundarylab.lti.first-retry} (5 s), doubling up to
 * {@code longest-retry} (10 min). One it refuses as wrong (400, 403, 404, 422) is kept, marked rejected.
 */
@Component
class ScoreSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreSender.class);
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** Several nodes: one posts at a time (a lease in the database), so a score is never posted twice. */
    static final String JOB = "lti-score-outbox";

    private final ScoreOutbox outbox;
    private final NodeLeases leases;
    private final PlatformStore platforms;
    private final PlatformTokens tokens;
    private final Duration every;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile ScheduledExecutorService runner;

    ScoreSender(
            ScoreOutbox outbox,
            NodeLeases leases,
            PlatformStore platforms,
            PlatformTokens tokens,
            @Value("${boundarylab.lti.send-interval:5s}") Duration every,
            @Value("${boundarylab.lti.first-retry:5s}") Duration firstRetry,
            @Value("${boundarylab.lti.longest-retry:10m}") Duration longestRetry) {
        this.outbox = outbox;
        this.leases = leases;
        this.platforms = platforms;
        this.tokens = tokens;
        this.every = every;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
    }

    /** The lease outlasts a few passes, so a node that dies hands the job on within half a minute. */
    private boolean holdsTheJob() {
        return leases.hold(JOB, every.multipliedBy(6).plusSeconds(1));
    }

    /** One pass over what is due; returns how many scores the platforms took. */
    synchronized int sendDue() {
        Set<Long> unreachable = new HashSet<>();
        int sent = 0;
        if (!holdsTheJob()) {
            return 0; // another node of this server posts them
        }
        for (ScoreOutbox.Due row : outbox.due(Instant.now(), 200)) {
            if (!holdsTheJob()) {
                break; // renewed for every score; lost only if this pass outlasted the lease
            }
            if (unreachable.contains(row.platformId())) {
                continue; // one failure per platform and pass is enough
            }
            Platform p = platforms.byId(row.platformId()).orElse(null);
            if (p == null) {
                continue;
            }
            try {
                int status = post(p, row);
                if (status / 100 == 2) {
                    outbox.sent(row.id());
                    sent++;
                } else if (status == 401) {
                    tokens.forget(p.id());
                    later(row, "the platform refused the access token (401)", unreachable);
                } else if (status == 400 || status == 403 || status == 404 || status == 422) {
                    outbox.rejected(row.id(), "the platform refused the score (" + status + ")");
                    LOG.warn("Platform {} refused score {} ({})", p.name(), row.id(), status);
                } else {
                    later(row, "the platform answered " + status, unreachable);
                }
            } catch (IOException e) {
                later(row, "cannot reach the platform: " + e.getMessage(), unreachable);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sent;
    }

    private int post(Platform p, ScoreOutbox.Due row) throws IOException, InterruptedException {
        String token = tokens.token(p, LtiClaims.AGS_SCORE_SCOPE);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(scoresUrl(row.lineItem()))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", SCORE_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(row.score()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    private void later(ScoreOutbox.Due row, String why, Set<Long> unreachable) {
        unreachable.add(row.platformId());
        Duration wait = Backoff.doubling(row.tries() + 1, firstRetry, longestRetry);
        outbox.retryLater(row.id(), why, Instant.now().plus(wait));
    }

    /** A line item's scores service: its address with "/scores" added to the path (the query kept). */
    static URI scoresUrl(String lineItem) {
        URI u = URI.create(lineItem);
        String path = u.getRawPath().endsWith("/") ? u.getRawPath() + "scores" : u.getRawPath() + "/scores";
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + path
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
    }

    static String snippet(String body) {
        String one = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }

    @Override
    public void start() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("lti-scores").daemon(true).factory());
        s.scheduleWithFixedDelay(this::passQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        runner = s;
    }

    private void passQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending LTI scores failed; the next pass tries again", e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = runner;
        runner = null;
        if (s != null) {
            s.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return runner != null;
    }
}
