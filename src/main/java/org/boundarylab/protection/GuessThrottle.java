package org.boundarylab.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 */
public class GuessThrottle {

    public static final int FREE_FAILURES = 5;
    /** A seminar room often shares one public address: it gets more free failures than an account. */
    public static final int FREE_FAILURES_PER_ADDRESS = 20;

    public static final Duration MAX_WAIT = Duration.ofMinutes(1);
    public static final Duration MEMORY = Duration.ofHours(1);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public GuessThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets a try go on to the check (of a password, a code), counting it against the account as a
     * failure already, or says how long the account or address must still wait (and counts nothing).
     */
    public synchronized Optional<Duration> admit(String username, String address) {
        Optional<Duration> wait = waitFor(username, address);
        if (wait.isEmpty()) {
            Instant now = clock.instant();
            byAccount.merge(key(username), new Failures(1, now), (old, x) -> next(old, now));
        }
        return wait;
    }

    /** A try admitted from this address failed: the address's count (the account's was taken at admission). */
    public synchronized void failedFrom(String address) {
        if (address != null) {
            Instant now = clock.instant();
            byAddress.merge(address, new Failures(1, now), (old, x) -> next(old, now));
        }
    }

    /** How long this account or address must still wait before another try, if at all. */
    public synchronized Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(byAccount.get(key(username)), now, FREE_FAILURES);
        Duration fromAddress = remaining(byAddress.get(address), now, FREE_FAILURES_PER_ADDRESS);
        Duration wait = account.compareTo(fromAddress) >= 0 ? account : fromAddress;
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        byAccount.merge(key(username), new Failures(1, now), (old, x) -> next(old, now));
        if (address != null) {
            byAddress.merge(address, new Failures(1, now), (old, x) -> next(old, now));
        }
        if (byAccount.size() + byAddress.size() > 100_000) {
            forgetOld(now);
        }
    }

    /** The try admitted for this account was right: the account starts afresh. */
    public synchronized void succeeded(String username) {
        byAccount.remove(key(username));
    }

    public static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, failures - free);
        return Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private static Failures next(Failures old, Instant now) {
        return Duration.between(old.last(), now).compareTo(MEMORY) > 0
                ? new Failures(1, now)
                : new Failures(old.count() + 1, now);
    }

    private Duration remaining(Failures f, Instant now, int free) {
        if (f == null || Duration.between(f.last(), now).compareTo(MEMORY) > 0) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.last().plus(waitAfter(f.count(), free)));
    }

    private void forgetOld(Instant now) {
        byAccount.values().removeIf(f -> Duration.between(f.last(), now).compareTo(MEMORY) > 0);
        byAddress.values().removeIf(f -> Duration.between(f.last(), now).compareTo(MEMORY) > 0);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
