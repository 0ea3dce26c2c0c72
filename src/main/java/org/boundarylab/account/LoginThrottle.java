package org.boundarylab.account;

import java.time.Clock;
import org.boundarylab.protection.GuessThrottle;
import org.springframework.stereotype.Component;

/** Password guessing, slowed per account and address ({@link GuessThrottle}). */
@Component
public class LoginThrottle extends GuessThrottle {

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        super(clock);
    }
}
