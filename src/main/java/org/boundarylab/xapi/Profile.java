package org.boundarylab.xapi;

/**
 * The IRIs of Boundary Lab's xAPI profile (docs/xapi.md): ADL's verbs and activity types where
 * they fit, and the project's own extensions and activity type under https://boundarylab.org/xapi/.
 */
final class Profile {

    private Profile() {}

    static final String VERSION = "1.0.3";
    static final String PROFILE = "https://boundarylab.org/xapi/profile";
    private static final String OWN = "https://boundarylab.org/xapi/";

    static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String SCORED = "http://adlnet.gov/expapi/verbs/scored";

    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    static final String PROFILE_TYPE = "http://adlnet.gov/expapi/activities/profile";
    static final String LIVE_SESSION = OWN + "activity-types/live-session";

    static final String CERTAINTY = OWN + "extensions/certainty";
    static final String RATIONALE_READING = OWN + "extensions/rationale-reading";
    static final String EVIDENCE = OWN + "extensions/evidence";
    static final String OUTCOMES = OWN + "extensions/outcomes";
    static final String CASE_VERSION = OWN + "extensions/case-version";
    static final String RULE_BASE_VERSION = OWN + "extensions/rule-base-version";

    /** The choice a trainee ticks when a segment shows none of the four. */
    static final String NONE = "NONE";
    /** How xAPI separates the parts of a choice response. */
    static final String SEPARATOR = "[,]";

    static final String LANGUAGE = "en";
}
