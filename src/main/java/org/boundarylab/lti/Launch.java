package org.boundarylab.lti;

import java.util.List;
import java.util.Map;
import org.boundarylab.account.Role;

/**
 * A checked launch in Boundary Lab's terms: who (the platform's user id and name), as what, what
 * kind of message, which case it opens, and where grades and deep-linking answers go.
 */
record Launch(
        Platform platform,
        String deploymentId,
        String subject,
        String name,
        Role role,
        String messageType,
        Map<String, Object> custom,
        String targetLinkUri,
        String lineItem,
        List<String> agsScopes,
        String deepLinkReturnUrl,
        String deepLinkData) {

    boolean deepLinking() {
        return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    }

    /** The line item scores go to, when the platform lets the tool post scores. */
    java.util.Optional<String> scoreLineItem() {
        return lineItem != null && agsScopes.contains(LtiClaims.AGS_SCORE_SCOPE)
                ? java.util.Optional.of(lineItem)
                : java.util.Optional.empty();
    }

    /** The course (membership) roles: Instructor and TeachingAssistant supervise; everyone else (Learner) is a trainee. */
    static Role roleOf(List<String> roles) {
        for (String r : roles) {
            if (r.contains("/") && !r.contains("/vocab/lis/v2/membership")) {
                continue; // an institution or system role says nothing about this course
            }
            String last = r.substring(Math.max(r.lastIndexOf('#'), r.lastIndexOf('/')) + 1);
            if (last.equals("Instructor") || last.equals("TeachingAssistant")) {
                return Role.SUPERVISOR;
            }
        }
        return Role.TRAINEE;
    }
}
