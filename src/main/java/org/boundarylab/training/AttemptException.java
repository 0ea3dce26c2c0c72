package org.boundarylab.training;

import java.util.Optional;

/** A request about an attempt that cannot be done; the message says what to do instead. */
public class AttemptException extends RuntimeException {

    /** The judgment's field the message is about ("rationale"), so a form can show it there. */
    public static final String RATIONALE = "rationale";

    private final String field;

    public AttemptException(String message) {
        this(null, message);
    }

    public AttemptException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the problem is in, when it is one field's. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
