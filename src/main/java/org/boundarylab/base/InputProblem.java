package org.boundarylab.base;

/** Why an input file was rejected: the file, the line (1-based, 0 if unknown) and the field. */
public record InputProblem(String file, int line, String field, String message) {

    /** One line, the form every log, screen and command-line error uses. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": field '" + field + "': " + message;
    }
}
