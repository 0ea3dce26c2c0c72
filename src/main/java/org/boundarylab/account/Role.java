package org.boundarylab.account;

/**
 * What a user may do. The names are those of {@code @RolesAllowed} on views (Spring adds the ROLE_
 * prefix); services use {@code @PreAuthorize} with the expressions below.
 */
public enum Role {
    ADMIN,
    SUPERVISOR,
    TRAINEE;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String TRAINEE_NAME = "TRAINEE";
    /** @PreAuthorize expression: supervisors and admins. */
    public static final String STAFF = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    /** @PreAuthorize expression: admins only. */
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
