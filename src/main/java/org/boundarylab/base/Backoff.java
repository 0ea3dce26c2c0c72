package org.boundarylab.base;

import java.time.Duration;

/** How long an outbox waits before trying a receiver that failed again (the LRS, an LMS). */
public final class Backoff {

    private Backoff() {}

    /** The wait after the n-th failed try in a row: {@code first}, doubled each time, at most {@code longest}. */
    public static Duration doubling(int failedTries, Duration first, Duration longest) {
        Duration wait = first;
        for (int i = 1; i < failedTries && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
