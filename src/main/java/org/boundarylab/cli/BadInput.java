package org.boundarylab.cli;

/** Input a command cannot accept; the message is the one line to print on standard error. */
final class BadInput extends Exception {

    BadInput(String message) {
        super(message);
    }
}
