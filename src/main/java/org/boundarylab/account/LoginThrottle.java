package org.boundarylab.account;

import java.time.Clock;
import org.boundarylab.protection.GuessThrottle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Password guessing, slowed per account and address ({@link GuessThrottle}). */
@Component
public class LoginThrottle extends GuessThrottle {

    @Autowired
    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        super("login", jdbc, transactions, clock);
    }
}
