package org.boundarylab.vignette;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a segment without a violation shows, so the library can teach discrimination: the ordinary
 * power imbalance of therapy, or a boundary crossing that harms no one.
 */
public enum Control {
    NORMAL_IMBALANCE("normal-imbalance", "the normal power imbalance"),
    CROSSING("crossing", "a boundary crossing that is not a violation");

    private final String code;
    private final String description;

    Control(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** As written in a vignette file's {@code control:} field. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<Control> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
