package org.boundarylab.account;

/** A request about accounts that cannot be done; the message says what to fix. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
