package org.boundarylab.account;

import java.util.List;

/**
 * A request about accounts that cannot be done. Each problem starts with the field it concerns
 * ("Password: ..."), so a form can put it beside that field; a form gets all of them at once.
 */
public class AccountException extends RuntimeException {

    private final List<String> problems;

    public AccountException(String message) {
        this(List.of(message));
    }

    public AccountException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as "Field: what to do". */
    public List<String> problems() {
        return problems;
    }

    /** The field a problem concerns ("Password"), or empty when it concerns none. */
    public static String fieldOf(String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0 ? "" : problem.substring(0, colon);
    }

    /** What a problem asks, without the field's name (it is shown beside the field). */
    public static String adviceOf(String problem) {
        int colon = problem.indexOf(": ");
        String advice = colon < 0 ? problem : problem.substring(colon + 2);
        return advice.isEmpty() ? advice : Character.toUpperCase(advice.charAt(0)) + advice.substring(1);
    }
}
