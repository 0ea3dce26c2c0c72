package org.boundarylab.vignette;

import java.util.Objects;

/** Someone a case is about, as feedback should name them: "Mary" (she), "Ms Okafor" (she), "Alex" (they). */
public record Person(String name, Pronouns pronouns) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pronouns, "pronouns");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
    }
}
