package org.boundarylab.base;

import java.util.List;

/** An input file that failed validation; carries every problem found, first one first. */
public class InvalidInputException extends Exception {

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.getFirst().describe());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
