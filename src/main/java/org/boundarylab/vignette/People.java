package org.boundarylab.vignette;

import java.util.Optional;

/**
 * Who a case is about, from a vignette's optional {@code people:} field, so that feedback names the
 * client and the professional and uses their pronouns. Either may be unknown (null): feedback then
 * says "the client" or "the professional" and uses "they".
 */
public record People(Person client, Person professional) {

    /** A case that names no one. */
    public static final People NONE = new People(null, null);

    /** The case's client, if named. */
    public Optional<Person> clientPerson() {
        return Optional.ofNullable(client);
    }

    /** The case's professional, if named. */
    public Optional<Person> professionalPerson() {
        return Optional.ofNullable(professional);
    }

    public boolean isEmpty() {
        return client == null && professional == null;
    }
}
