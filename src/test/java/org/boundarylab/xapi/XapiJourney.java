package org.boundarylab.xapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boundarylab.account.Role;
import org.boundarylab.account.SignIn;
import org.boundarylab.account.TestUsers;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.report.Reports;
import org.boundarylab.report.ScoredJudgment;
import org.boundarylab.session.FeedbackMode;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.session.SessionParticipation;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.training.AttemptService;
import org.boundarylab.training.AttemptState;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.stereotype.Component;

/**
 * What the learning-record tests do through the features' public services, as the people who do it:
 * an admin points Boundary Lab at an LRS, a trainee works through Mary's case (alone or in a live
 * session), a supervisor overrides a score.
 */
@Component
class XapiJourney {

    static final String MARY = "mary-after-hours";
    static final String HOME = "https://lab.example.org/";
    final LearningRecords records;
    final AttemptService attempts;
    final LiveSessions sessions;
    final SessionParticipation participation;
    final Reports reports;
    final TestUsers users;
    final Outbox outbox;
    final OutboxSender sender;
    final SettingsStore settings;
    final VignetteCatalog catalog;

    XapiJourney(
            LearningRecords records,
            AttemptService attempts,
            LiveSessions sessions,
            SessionParticipation participation,
            Reports reports,
            TestUsers users,
            Outbox outbox,
            OutboxSender sender,
            SettingsStore settings,
            VignetteCatalog catalog) {
        this.catalog = catalog;
        this.records = records;
        this.attempts = attempts;
        this.sessions = sessions;
        this.participation = participation;
        this.reports = reports;
        this.users = users;
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
    }

    void configure(boolean enabled, String endpoint) {
        users.ensure("xadmin", Role.ADMIN);
        SignIn.as("xadmin", Role.ADMIN);
        records.save(enabled, endpoint, "boundary-lab", "lrs-secret-1", HOME);
    }

    /** The trainee's whole case, on their own: every segment (some right, some wrong), then the knowledge check. */
    long completeMary(String trainee) {
        users.ensure(trainee, Role.TRAINEE);
        SignIn.as(trainee, Role.TRAINEE);
        AttemptState state = attempts.startNew(MARY);
        judgeAll(state);
        attempts.answerQuestion(state.attemptId(), "Role reversal, secrecy and the double bind.");
        return state.attemptId();
    }

    /** The trainee's attempt at Mary's case in a live session run by the supervisor, with its judgments as the session report has them. */
    record InSession(long sessionId, long attemptId, List<AnsweredSegment> answered, List<ScoredJudgment> judgments) {}

    InSession maryInSession(String supervisor, String trainee, int segments) {
        users.ensure(supervisor, Role.SUPERVISOR);
        long traineeId = users.ensure(trainee, Role.TRAINEE).id();
        SignIn.as(supervisor, Role.SUPERVISOR);
        LiveSession session =
                sessions.create("Seminar " + trainee, List.of(MARY), FeedbackMode.IMMEDIATE, true, Set.of(traineeId));
        SignIn.as(trainee, Role.TRAINEE);
        participation.join(session.joinCode());
        AttemptState state = attempts.startOrResumeInSession(
                session.id(), MARY, catalog.latest(MARY).orElseThrow().version());
        List<AnsweredSegment> answered = new ArrayList<>();
        List<Segment> all = state.vignette().vignette().segments();
        for (int i = 0; i < segments; i++) {
            answered.add(attempts.submit(state.attemptId(), judgment(all.get(i), i)));
        }
        SignIn.as(supervisor, Role.SUPERVISOR);
        return new InSession(
                session.id(),
                state.attemptId(),
                answered,
                reports.session(session.id()).judgments());
    }

    private void judgeAll(AttemptState state) {
        List<Segment> all = state.vignette().vignette().segments();
        for (int i = 0; i < all.size(); i++) {
            attempts.submit(state.attemptId(), judgment(all.get(i), i));
        }
    }

    /** Right on even segments (the key, fairly sure); on the second, three wrong and certain; secrecy on the others, no certainty. */
    static Judgment judgment(Segment s, int i) {
        Set<Characteristic> marked = i % 2 == 0
                ? s.key()
                : i == 1
                        ? Set.of(Characteristic.ROLE_REVERSAL, Characteristic.DOUBLE_BIND, Characteristic.SECRECY)
                        : Set.of(Characteristic.SECRECY);
        Integer certainty = i % 2 == 0 ? Integer.valueOf(2) : i == 1 ? Integer.valueOf(3) : null;
        return new Judgment(
                s.id(), marked, List.of(), "He keeps it hidden from the practice and uses his authority.", certainty);
    }

    void override(String supervisor, long judgmentId, double score) {
        SignIn.as(supervisor, Role.SUPERVISOR);
        reports.override(judgmentId, score, "Discussed in supervision: the reasoning was sound.");
    }
}
