package org.boundarylab.account;

/** What a user may do. Names as used in {@code @RolesAllowed} (Spring adds the ROLE_ prefix). */
public enum Role {
    ADMIN, SUPERVISOR, TRAINEE;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String TRAINEE_NAME = "TRAINEE";

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
