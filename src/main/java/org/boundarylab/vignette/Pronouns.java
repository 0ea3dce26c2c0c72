package org.boundarylab.vignette;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pronouns a person in a case goes by, as written in a vignette's {@code people:} ({@code she},
 * {@code he} or {@code they}), with every form feedback needs. Forms are named after the
 * {@code they} series; verb forms agree with the pronoun ("she is", "they are").
 */
public enum Pronouns {
    SHE("she", "her", "her", "hers", "herself", true),
    HE("he", "him", "his", "his", "himself", true),
    THEY("they", "them", "their", "theirs", "themselves", false);

    /** A form of the pronoun, or of a verb after it. */
    public enum Form {
        /** she / he / they */
        THEY("they"),
        /** her / him / them */
        THEM("them"),
        /** her / his / their */
        THEIR("their"),
        /** hers / his / theirs */
        THEIRS("theirs"),
        /** herself / himself / themselves */
        THEMSELVES("themselves"),
        /** is / is / are */
        ARE("are"),
        /** was / was / were */
        WERE("were"),
        /** has / has / have */
        HAVE("have"),
        /** does / does / do */
        DO("do"),
        /** the ending of a verb in the present: "s" after she or he ("she looks"), nothing after they ("they look") */
        S("s");

        private final String code;

        Form(String code) {
            this.code = code;
        }

        /** As written after the colon of a placeholder: {@code {client:their}}. */
        public String code() {
            return code;
        }

        public static Optional<Form> fromCode(String code) {
            for (Form f : values()) {
                if (f.code.equals(code)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final String code;
    private final String[] forms;
    private final String[] capitalised;

    Pronouns(String they, String them, String their, String theirs, String themselves, boolean singular) {
        this.code = they;
        this.forms = new String[] {
            they,
            them,
            their,
            theirs,
            themselves,
            singular ? "is" : "are",
            singular ? "was" : "were",
            singular ? "has" : "have",
            singular ? "does" : "do",
            singular ? "s" : ""
        };
        this.capitalised = new String[forms.length];
        for (int i = 0; i < forms.length; i++) {
            capitalised[i] =
                    forms[i].isEmpty() ? "" : Character.toUpperCase(forms[i].charAt(0)) + forms[i].substring(1);
        }
    }

    /** As written in a vignette file: she, he or they. */
    public String code() {
        return code;
    }

    /** The form, e.g. {@code SHE.form(THEIR)} is "her"; a constant, nothing is built. */
    public String form(Form form) {
        return forms[form.ordinal()];
    }

    /** The form with a capital first letter, for the start of a sentence ("Her", "They"). */
    public String capitalisedForm(Form form) {
        return capitalised[form.ordinal()];
    }

    public static Optional<Pronouns> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
