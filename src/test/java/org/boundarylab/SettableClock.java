package org.boundarylab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test moves by hand (waits, leases, forgetting after an hour), in UTC. */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;

    public SettableClock(String start) {
        this.now = new AtomicReference<>(Instant.parse(start));
    }

    public void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
