package org.boundarylab.vignette;

import java.util.Set;

/** A recall question that may end a vignette, answered in free text, with the characteristics it asks for. */
public record KnowledgeCheck(String text, Set<Characteristic> expects) {

    public KnowledgeCheck {
        expects = Set.copyOf(expects);
    }
}
