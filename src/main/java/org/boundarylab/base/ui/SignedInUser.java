package org.boundarylab.base.ui;

import java.util.Optional;

/**
 * Who is signed in, as the app's top bar shows them. The account module provides it, so the shell
 * does not depend on any feature.
 */
public interface SignedInUser {

    /** The name shown and the role's label ("Supervisor"). */
    record Badge(String displayName, String role) {}

    Optional<Badge> current();
}
