package org.boundarylab.judgment;

import java.util.List;

/** A rule base that could not be built; the messages name the file (and line) of each error. */
public class RuleBaseException extends Exception {

    private final transient List<String> errors;

    public RuleBaseException(List<String> errors) {
        super("The rule base does not compile: " + String.join(" | ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
