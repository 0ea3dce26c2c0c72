package org.boundarylab.operations.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail in plain words: each kind of event as a person would say it, and the detail with
 * people's and cases' names in place of ids and code names. The stored trail keeps its codes.
 */
final class AuditWording {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("LOGIN_SUCCESS", "Signed in"),
            Map.entry("LOGIN_FAILURE", "Sign-in failed"),
            Map.entry("LOGIN_THROTTLED", "Sign-in slowed down after wrong passwords"),
            Map.entry("ACCESS_DENIED", "Refused: not allowed"),
            Map.entry("ANONYMOUS_REFUSED", "Refused: not signed in"),
            Map.entry("ACCOUNT_CREATED", "Account created"),
            Map.entry("ACCOUNT_ENABLED", "Account enabled"),
            Map.entry("ACCOUNT_DISABLED", "Account disabled"),
            Map.entry("PASSWORD_RESET", "Password reset"),
            Map.entry("PASSWORD_CHANGED", "Password changed"),
            Map.entry("PRACTICE_SHARED", "Practice shared with supervisors"),
            Map.entry("PRACTICE_UNSHARED", "Practice no longer shared"),
            Map.entry("RULES_RELOADED", "Rules reloaded"),
            Map.entry("RULES_RELOAD_REFUSED", "Rules reload refused"),
            Map.entry("SCORE_OVERRIDE", "Score overridden"),
            Map.entry("READING_CORRECTED", "Reading corrected"),
            Map.entry("READING_CONFIRMED", "Reading confirmed"),
            Map.entry("READINGS_EXPORTED", "Readings exported"),
            Map.entry("BACKUP_CREATED", "Backup taken"),
            Map.entry("BACKUP_DOWNLOADED", "Backup downloaded"),
            Map.entry("BACKUP_DOWNLOAD_REFUSED", "Backup download refused"),
            Map.entry("CASE_SAVED", "Case saved"),
            Map.entry("CASE_IMPORTED", "Case imported"),
            Map.entry("CASE_RETIRED", "Case retired"),
            Map.entry("CASE_RESTORED", "Case restored"),
            Map.entry("SESSION_OPENED", "Live session opened"),
            Map.entry("SESSION_PAUSED", "Live session paused"),
            Map.entry("SESSION_RESUMED", "Live session resumed"),
            Map.entry("SESSION_CLOSED", "Live session closed"),
            Map.entry("SESSION_REOPENED", "Live session reopened"),
            Map.entry("SESSION_REVEALED", "Key revealed to the room"),
            Map.entry("SESSION_REASONING_SHOWN", "Reasoning shown on the projector"),
            Map.entry("SESSION_REASONING_HIDDEN", "Reasoning taken off the projector"),
            Map.entry("JOIN_CODE_WRONG", "Wrong join code"),
            Map.entry("JOIN_THROTTLED", "Joining slowed down after wrong codes"),
            Map.entry("CALIBRATION_STARTED", "Calibration round started"),
            Map.entry("CALIBRATION_CLOSED", "Calibration round closed"),
            Map.entry("CALIBRATION_ACCEPTED", "Calibration readings accepted"),
            Map.entry("ROLE_CHANGED", "Role changed by the LMS"),
            Map.entry("LTI_LAUNCH", "Launched from an LMS"),
            Map.entry("LTI_LAUNCH_REFUSED", "LMS launch refused"),
            Map.entry("LTI_DEEP_LINK", "Case linked in an LMS course"),
            Map.entry("LTI_PLATFORM_SAVED", "LMS platform saved"),
            Map.entry("LTI_KEY_ROTATED", "LTI signing key rotated"));

    private static final Pattern TRAINEE = Pattern.compile("\\b(?:judgment \\d+ of )?trainee (\\d+)");
    private static final Pattern NAMED = Pattern.compile("\\b(session|round) \\d+ '([^']*)'");
    private static final Pattern CASE = Pattern.compile("\\bcase ([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern CALL = Pattern.compile("a call to (\\w+?)(?:Service)?\\.(\\w+)");
    private static final Pattern ROLE = Pattern.compile("\\bas (TRAINEE|SUPERVISOR|ADMIN)\\b");

    private final Function<Long, String> traineeName;
    private final Function<String, String> personName;
    private final Function<String, String> caseTitle;

    /**
     * @param traineeName an account's display name by id (null when unknown)
     * @param personName an account's display name by username (null when unknown)
     * @param caseTitle a case's title by id (null when unknown)
     */
    AuditWording(
            Function<Long, String> traineeName,
            Function<String, String> personName,
            Function<String, String> caseTitle) {
        this.traineeName = traineeName;
        this.personName = personName;
        this.caseTitle = caseTitle;
    }

    static String kind(String action) {
        return KINDS.getOrDefault(action, sentence(action.replace('_', ' ')));
    }

    /** "Tess Okoro (tess)", or the username alone when the account is unknown. */
    String who(String username) {
        if (username == null || username.isEmpty() || username.equals("anonymous")) {
            return "Visitors not signed in";
        }
        String name = personName.apply(username);
        return name == null ? username : name + " (" + username + ")";
    }

    String detail(String detail) {
        String text = replace(TRAINEE, detail, m -> {
            String name = traineeName.apply(Long.parseLong(m.group(1)));
            String whose = name == null ? "a trainee" : name;
            return m.group().startsWith("judgment") ? "a judgment of " + whose : whose;
        });
        text = replace(
                NAMED,
                text,
                m -> (m.group(1).equals("round") ? "calibration round" : "session") + " “" + m.group(2) + "”");
        text = replace(CASE, text, m -> {
            String title = caseTitle.apply(m.group(1));
            return title == null ? m.group() : "case “" + title + "”";
        });
        text = replace(CALL, text, m -> "the action “" + words(m.group(2)) + "” (" + words(m.group(1)) + ")");
        text = replace(
                ROLE,
                text,
                m -> "as "
                        + (m.group(1).equals("ADMIN")
                                ? "an administrator"
                                : "a " + m.group(1).toLowerCase()));
        // an account's username at the start ("tess as a trainee"): the person's name too
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space).replaceAll("[;,:]$", "");
        String name = personName.apply(first);
        if (name != null) {
            text = name + " (" + first + ")" + text.substring(first.length());
        }
        return text;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "resetPassword" or "AttemptService" as "reset password", "attempt". */
    private static String words(String code) {
        return code.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String sentence(String words) {
        String lower = words.toLowerCase();
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
