package org.boundarylab.review;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.protection.PlainText;
import org.boundarylab.report.Reports;
import org.boundarylab.session.LiveSession;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration rounds. A supervisor starts one over a sample of judgments from one of their live
 * sessions or from a case (the judgments of the trainees they may see; every trainee's for an admin),
 * drawn at random with a recorded seed, and invites the raters. The starter (or an admin) closes it;
 * only then does anyone see the readings, in the report. Where the whole panel read an item alike and
 * otherwise than the rule base, the starter accepts those readings as reading corrections in one step.
 */
@Service
@PreAuthorize(Role.STAFF)
public class CalibrationRounds {

    public static final int MAX_NAME = 120;
    public static final int MAX_SAMPLE = 200;
    private static final SecureRandom SEEDS = new SecureRandom();

    /** Where a sample comes from: a live session, or a case. */
    public sealed interface Source {
        record Session(long sessionId) implements Source {}

        record Case(String vignetteId) implements Source {}
    }

    private final CalibrationStore store;
    private final CorrectionStore correctionStore;
    private final StoredJudgments judgments;
    private final ReadingCorrections corrections;
    private final LiveSessions sessions;
    private final Reports reports;
    private final VignetteCatalog catalog;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CalibrationRounds(
            CalibrationStore store,
            CorrectionStore correctionStore,
            StoredJudgments judgments,
            ReadingCorrections corrections,
            LiveSessions sessions,
            Reports reports,
            VignetteCatalog catalog,
            CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.correctionStore = correctionStore;
        this.judgments = judgments;
        this.corrections = corrections;
        this.sessions = sessions;
        this.reports = reports;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Starts a round over {@code sampleSize} judgments drawn from the source (all of them if fewer),
     * with {@code seed} (a fresh one when null) so that the draw can be repeated, read by {@code raterIds}.
     */
    @Transactional
    public CalibrationRound start(String name, Source source, int sampleSize, Long seed, Set<Long> raterIds) {
        UserSummary me = currentUser.require();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty()
                || title.length() > MAX_NAME
                || PlainText.hiddenInName(title).isPresent()) {
            throw new IllegalArgumentException("Name: give the round a name of at most " + MAX_NAME
                    + " characters (letters, digits, spaces and punctuation).");
        }
        if (sampleSize < 1 || sampleSize > MAX_SAMPLE) {
            throw new IllegalArgumentException("Sample: between 1 and " + MAX_SAMPLE + " judgments.");
        }
        Set<Long> staff = store.staff().stream().map(Colleague::id).collect(Collectors.toSet());
        if (raterIds == null || raterIds.size() < 2) {
            throw new IllegalArgumentException("Raters: invite at least two supervisors (you may be one of them).");
        }
        if (!staff.containsAll(raterIds)) {
            throw new IllegalArgumentException("Raters: only supervisors and admins with an active account can read.");
        }
        String described = describe(source);
        List<Long> candidates = candidates(source, me);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("Sample: there are no judgments with reasoning to read there yet.");
        }
        // a fresh seed short enough to type again
        long drawSeed = seed != null ? seed : 1 + SEEDS.nextInt(999_999);
        List<Long> sample = Sample.draw(candidates, sampleSize, drawSeed);
        long id = store.insertRound(title, me.id(), described, drawSeed);
        raterIds.stream().sorted().forEach(rater -> store.addRater(id, rater));
        for (int i = 0; i < sample.size(); i++) {
            store.addItem(id, i + 1, sample.get(i));
        }
        audit.record(
                me.username(),
                "CALIBRATION_STARTED",
                "round " + id + " '" + title + "': " + sample.size() + " of " + candidates.size() + " judgment(s) from "
                        + described + ", seed " + drawSeed + ", raters " + raterIds);
        return store.find(id).orElseThrow();
    }

    /** The supervisors and admins who can be invited. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return store.staff();
    }

    /** The rounds the caller started or is invited to (every round for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<CalibrationRound> mine() {
        UserSummary me = currentUser.require();
        return store.visibleTo(me.role() == Role.ADMIN ? null : me.id());
    }

    /** A round the caller started or is invited to (any for an admin). */
    @Transactional(readOnly = true)
    public CalibrationRound round(long roundId) {
        return visible(roundId, currentUser.require());
    }

    /** Closes a round (its starter or an admin): the readings are then shown to everyone in it. */
    @Transactional
    public CalibrationRound close(long roundId) {
        UserSummary me = currentUser.require();
        CalibrationRound round = runBy(roundId, me);
        if (!round.open()) {
            throw new IllegalStateException("Round: it is already closed.");
        }
        store.close(roundId);
        audit.record(
                me.username(),
                "CALIBRATION_CLOSED",
                "round " + roundId + " '" + round.name() + "': "
                        + round.raters().stream()
                                .map(r -> r.name() + " read " + r.read())
                                .collect(Collectors.joining(", ")));
        return store.find(roundId).orElseThrow();
    }

    /** The agreement report of a closed round; before it closes no one sees another's reading. */
    @Transactional(readOnly = true)
    public CalibrationReport report(long roundId) {
        CalibrationRound round = visible(roundId, currentUser.require());
        if (round.open()) {
            throw new IllegalStateException(
                    "Report: it opens when the round closes, so that no rater sees another's reading first.");
        }
        List<CalibrationStore.StoredItem> items = store.items(roundId);
        Map<Long, StoredJudgments.Row> rows =
                judgments
                        .all(items.stream()
                                .map(CalibrationStore.StoredItem::judgmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(StoredJudgments.Row::judgmentId, r -> r));
        List<PanelAgreement.Item> sampled =
                items.stream().map(i -> item(i, rows.get(i.judgmentId()))).toList();
        return PanelAgreement.report(round, sampled, store.ratings(roundId), correctionStore.inForce(rows.keySet()));
    }

    /**
     * Accepts, as reading corrections by the caller (the round's starter or an admin), every reading the
     * whole panel gave against the rule base that is not already a judgment's reading in force. Returns how many.
     */
    @Transactional
    public int accept(long roundId) {
        UserSummary me = currentUser.require();
        runBy(roundId, me);
        CalibrationReport report = report(roundId);
        for (CalibrationReport.PanelReading p : report.acceptable()) {
            corrections.record(
                    p.judgmentId(),
                    p.panelReading(),
                    "Calibration round \u201c" + report.round().name() + "\u201d: the panel of " + p.raters() + " read "
                            + CorrectedReading.words(p.panelReading()) + ".",
                    roundId);
        }
        audit.record(
                me.username(),
                "CALIBRATION_ACCEPTED",
                "round " + roundId + ": " + report.acceptable().size()
                        + " panel reading(s) accepted as reading corrections");
        return report.acceptable().size();
    }

    PanelAgreement.Item item(CalibrationStore.StoredItem item, StoredJudgments.Row row) {
        var revision = catalog.revision(row.vignetteId(), row.version());
        return new PanelAgreement.Item(
                item.itemId(),
                item.judgmentId(),
                item.position(),
                revision.map(v -> v.vignette().title()).orElse(row.vignetteId()),
                revision.map(v -> v.vignette().indexOf(row.segmentId()) + 1).orElse(0),
                row.rationale(),
                row.ruleReading());
    }

    private String describe(Source source) {
        return switch (source) {
            case Source.Session s -> "Session: " + sessions.get(s.sessionId()).name();
            case Source.Case c ->
                "Case: "
                        + catalog.latest(c.vignetteId())
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "Case: there is no case called '" + c.vignetteId() + "'."))
                                .vignette()
                                .title();
            case null -> throw new IllegalArgumentException("Sample: choose a session or a case to draw from.");
        };
    }

    /** The judgments with reasoning the caller may sample: all of their own session's, or a case's by the trainees they may see. */
    private List<Long> candidates(Source source, UserSummary me) {
        return switch (source) {
            case Source.Session s -> {
                LiveSession owned = sessions.get(s.sessionId());
                yield judgments.inSession(owned.id());
            }
            case Source.Case c -> {
                List<Long> onCase = judgments.onCase(
                        c.vignetteId(),
                        me.role() == Role.ADMIN
                                ? null
                                : reports.visibleTrainees().stream()
                                        .map(Map.Entry::getKey)
                                        .collect(Collectors.toSet()));
                // only what the trainees' reports show this supervisor: never unshared private practice
                Set<Long> reviewable = reports.reviewable(onCase);
                yield onCase.stream().filter(reviewable::contains).toList();
            }
        };
    }

    private CalibrationRound visible(long roundId, UserSummary me) {
        CalibrationRound round = store.find(roundId).orElse(null);
        if (round == null || !(me.role() == Role.ADMIN || round.startedBy() == me.id() || round.invited(me.id()))) {
            throw audit.refused(
                    me.username(),
                    me.username() + " (account " + me.id() + ") asked for calibration round " + roundId
                            + ", which they neither started nor were invited to");
        }
        return round;
    }

    private CalibrationRound runBy(long roundId, UserSummary me) {
        CalibrationRound round = visible(roundId, me);
        if (!(me.role() == Role.ADMIN || round.startedBy() == me.id())) {
            throw audit.refused(
                    me.username(),
                    me.username() + " (account " + me.id() + ") tried to run calibration round " + roundId
                            + ", which someone else started");
        }
        return round;
    }
}
