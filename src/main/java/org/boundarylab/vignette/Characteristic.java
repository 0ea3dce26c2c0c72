package org.boundarylab.vignette;

import java.util.Arrays;
import java.util.Optional;

/** The four characteristics that separate a normal power imbalance from an unethical one. */
public enum Characteristic {
    ROLE_REVERSAL(
            "Role reversal",
            "The client starts looking after the professional's needs, while the professional still sets the rules."),
    PROFESSIONAL_PRIVILEGE(
            "Indulgence of professional privilege",
            "Authority and the client's vulnerability become licence to intrude, dressed up as treatment."),
    DOUBLE_BIND(
            "Double bind", "A message that cuts both ways, so the client cannot object without betraying the therapy."),
    SECRECY("Secrecy", "The relationship is hidden: odd hours, empty offices, sessions moved to someone's home.");

    private final String label;
    private final String reminder;

    Characteristic(String label, String reminder) {
        this.label = label;
        this.reminder = reminder;
    }

    public String label() {
        return label;
    }

    /** One line a trainee sees on the judgment card. */
    public String reminder() {
        return reminder;
    }

    public static Optional<Characteristic> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
