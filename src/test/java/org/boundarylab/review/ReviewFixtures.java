package org.boundarylab.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.account.Role;
import org.boundarylab.account.TestUsers;
import org.boundarylab.account.UserSummary;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.training.AttemptService;
import org.boundarylab.vignette.Characteristic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Test data for the review screens: a supervisor's session in which a trainee judged Mary's first four segments. */
@Component
public class ReviewFixtures {

    /** The reader takes a home visit for secrecy; Mary's first segment shows nothing of the four. */
    public static final String HOME_VISIT = "He sees her on a home visit.";

    public record Judged(
            UserSummary supervisor,
            UserSummary trainee,
            LiveSession session,
            long attemptId,
            Map<String, Long> judgments) {}

    private final TestUsers users;
    private final LiveSessions sessions;
    private final SessionParticipation participation;
    private final JdbcClient jdbc;
    private final AttemptService attempts;

    ReviewFixtures(
            TestUsers users,
            LiveSessions sessions,
            SessionParticipation participation,
            JdbcClient jdbc,
            AttemptService attempts) {
        this.attempts = attempts;
        this.users = users;
        this.sessions = sessions;
        this.participation = participation;
        this.jdbc = jdbc;
    }

    /** Creates the accounts, the session and the judgments, whoever is signed in (restored afterwards). */
    public Judged judgedSession(String supervisorName, Role supervisorRole, String traineeName) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            UserSummary supervisor = users.ensure(supervisorName, supervisorRole);
            UserSummary trainee = users.ensure(traineeName, Role.TRAINEE);
            as(supervisor);
            LiveSession session = sessions.create(
                    "Review seminar " + traineeName,
                    List.of("mary-after-hours"),
                    FeedbackMode.IMMEDIATE,
                    true,
                    Set.of());
            as(trainee);
            participation.join(session.joinCode());
            long attempt =
                    participation.where(session.id()).attempt().orElseThrow().attemptId();
            participation.submit(
                    session.id(), attempt, new Judgment("s1", Set.of(), List.of("miracle worker"), HOME_VISIT, 2));
            participation.submit(
                    session.id(), attempt, new Judgment("s2", Set.of(), List.of(), "An openly recorded crossing.", 2));
            participation.submit(
                    session.id(),
                    attempt,
                    new Judgment(
                            "s3",
                            Set.of(Characteristic.ROLE_REVERSAL),
                            List.of(),
                            "She has become his caretaker and listens to his troubles.",
                            3));
            participation.submit(
                    session.id(),
                    attempt,
                    new Judgment(
                            "s4",
                            Set.of(Characteristic.SECRECY),
                            List.of(),
                            "He hides the relationship by seeing her after everyone has left.",
                            2));
            Map<String, Long> judgments = new HashMap<>();
            jdbc.sql("select segment_id, id from judgment where attempt_id = ?")
                    .param(attempt)
                    .query((rs, n) -> judgments.put(rs.getString(1), rs.getLong(2)))
                    .list();
            return new Judged(supervisor, trainee, session, attempt, judgments);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** The trainee judges the last two segments and answers the recall question: the attempt is complete. */
    public void finish(Judged judged) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            as(judged.trainee());
            participation.submit(
                    judged.session().id(),
                    judged.attemptId(),
                    new Judgment(
                            "s5",
                            Set.of(Characteristic.PROFESSIONAL_PRIVILEGE),
                            List.of(),
                            "He calls sexual contact treatment.",
                            2));
            participation.submit(
                    judged.session().id(),
                    judged.attemptId(),
                    new Judgment(
                            "s6",
                            Set.of(Characteristic.DOUBLE_BIND),
                            List.of(),
                            "Free to go, yet leaving betrays her healing.",
                            2));
            attempts.answerQuestion(judged.attemptId(), "Role reversal, privilege, the double bind and secrecy.");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void as(UserSummary user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        user.username(),
                        null,
                        AuthorityUtils.createAuthorityList("ROLE_" + user.role().name())));
    }
}
