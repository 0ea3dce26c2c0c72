package org.boundarylab.protection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing (passwords, join codes), per account and per address: the first five failures of an
 * account (twenty of an address) are free, then each one doubles the wait before the next try
 * (1 s, 2 s, 4 s, ...) up to a minute. The cap
 * keeps a real user from being locked out for long, and holds an account to under 100 failures an
 * hour (5 free, then at most one a minute). A success clears the account's count; failures older
 * than an hour are forgotten.
 *
 * <p>Each try is counted against its account <em>before</em> it is checked ({@link #admit}),
 * atomically with the check of the wait: parallel tries at one account cannot all slip through the
 * moment a wait ends. A success clears the account. An address is counted only when a try has
 * failed ({@link #failedFrom}): thirty trainees behind one seminar room's address signing in at the
 * same moment must not lock each other out while their passwords are being checked.
 *
 * <p>The counts live in the database (table {@code guess_failure}), so every node behind a load
 * balancer counts the same tries; the account's row is locked while a try is admitted, which makes
 * the check and the count one step across nodes too.
 */
public class GuessThrottle {

    public static final int FREE_FAILURES = 5;
    /** A seminar room often shares one public address: it gets more free failures than an account. */
    public static final int FREE_FAILURES_PER_ADDRESS = 20;

    public static final Duration MAX_WAIT = Duration.ofMinutes(1);
    public static final Duration MEMORY = Duration.ofHours(1);

    private static final String ACCOUNT = "ACCOUNT";
    private static final String ADDRESS = "ADDRESS";
    /** Forget old rows every this many failures a node records (a cheap indexed delete). */
    private static final int SWEEP_EVERY = 500;

    private record Failures(int count, Instant last) {}

    private final String name;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicInteger untilSweep =
            new java.util.concurrent.atomic.AtomicInteger(SWEEP_EVERY);

    /** {@code name} tells this throttle's rows from another's (a password's failures are not a code's). */
    public GuessThrottle(String name, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.name = name;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Lets a try go on to the check (of a password, a code), counting it against the account as a
     * failure already, or says how long the account or address must still wait (and counts nothing).
     */
    public Optional<Duration> admit(String username, String address) {
        String account = key(username);
        while (true) {
            ensureRow(ACCOUNT, account);
            // empty when a success (or the sweep) removed the row in between: make it again
            Optional<Optional<Duration>> decided =
                    transactions.execute(tx -> jdbc.sql("select failures, last_failure from guess_failure "
                                    + "where throttle = ? and subject_kind = ? and subject = ? for update")
                            .params(name, ACCOUNT, account)
                            .query(GuessThrottle::failures)
                            .optional()
                            .map(mine -> admitLocked(mine, account, address)));
            if (decided.isPresent()) {
                return decided.get();
            }
        }
    }

    /** With the account's row locked: the wait, or (none) the try counted. */
    private Optional<Duration> admitLocked(Failures mine, String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = longer(remaining(mine, now, FREE_FAILURES), addressWait(address, now));
        if (wait.isEmpty()) {
            count(ACCOUNT, account, now);
        }
        return wait;
    }

    /** A try admitted from this address failed: the address's count (the account's was taken at admission). */
    public void failedFrom(String address) {
        if (address != null) {
            record(ADDRESS, bounded(address));
        }
    }

    /** How long this account or address must still wait before another try, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return longer(remaining(find(ACCOUNT, key(username)), now, FREE_FAILURES), addressWait(address, now));
    }

    public void failed(String username, String address) {
        record(ACCOUNT, key(username));
        failedFrom(address);
    }

    /** The try admitted for this account was right: the account starts afresh. */
    public void succeeded(String username) {
        jdbc.sql("delete from guess_failure where throttle = ? and subject_kind = ? and subject = ?")
                .params(name, ACCOUNT, key(username))
                .update();
    }

    public static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, failures - free);
        return Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private void record(String kind, String subject) {
        ensureRow(kind, subject);
        count(kind, subject, clock.instant());
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            jdbc.sql("delete from guess_failure where last_failure < ?")
                    .param(Timestamp.from(clock.instant().minus(MEMORY)))
                    .update();
        }
    }

    /** One more failure, in one statement (atomic on any node); a count older than the memory starts again. */
    private void count(String kind, String subject, Instant now) {
        jdbc.sql("update guess_failure set failures = case when last_failure < ? then 1 else failures + 1 end, "
                        + "last_failure = ? where throttle = ? and subject_kind = ? and subject = ?")
                .params(Timestamp.from(now.minus(MEMORY)), Timestamp.from(now), name, kind, subject)
                .update();
    }

    /** A row to count on and lock (no failures yet); another node may make it at the same moment. */
    private void ensureRow(String kind, String subject) {
        if (find(kind, subject) != null) {
            return;
        }
        try {
            jdbc.sql("insert into guess_failure (throttle, subject_kind, subject, failures, last_failure) "
                            + "values (?, ?, ?, 0, ?)")
                    .params(name, kind, subject, Timestamp.from(Instant.EPOCH))
                    .update();
        } catch (DuplicateKeyException madeMeanwhile) {
            // another try (or node) made it: count on that one
        }
    }

    private Failures find(String kind, String subject) {
        return jdbc.sql("select failures, last_failure from guess_failure "
                        + "where throttle = ? and subject_kind = ? and subject = ?")
                .params(name, kind, subject)
                .query(GuessThrottle::failures)
                .optional()
                .orElse(null);
    }

    private static Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant());
    }

    private Duration addressWait(String address, Instant now) {
        return address == null
                ? Duration.ZERO
                : remaining(find(ADDRESS, bounded(address)), now, FREE_FAILURES_PER_ADDRESS);
    }

    private static Optional<Duration> longer(Duration a, Duration b) {
        Duration wait = a.compareTo(b) >= 0 ? a : b;
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    private static Duration remaining(Failures f, Instant now, int free) {
        if (f == null || Duration.between(f.last(), now).compareTo(MEMORY) > 0) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.last().plus(waitAfter(f.count(), free)));
    }

    private static String key(String username) {
        return bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** Subjects are kept to the column's width (a typed name can be longer; its start tells it apart). */
    private static String bounded(String subject) {
        return subject.length() > 320 ? subject.substring(0, 320) : subject;
    }
}
