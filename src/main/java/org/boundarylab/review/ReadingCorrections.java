package org.boundarylab.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.boundarylab.account.CurrentUser;
import org.boundarylab.account.Role;
import org.boundarylab.account.UserSummary;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReadings;
import org.boundarylab.judgment.JudgmentClassifier;
import org.boundarylab.report.Reports;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' corrections of how the rule base read a judgment's reasoning. Whoever may read the
 * trainee's report (the report module decides: a supervisor of the trainee, or an admin) may say what
 * the reasoning really describes, with a comment; the judgment is classified again with that reading
 * and the result stored beside the original, which never changes. Every reading is audited. The
 * corrections are listed, exported as evaluation rows and counted into agreement with the rule base.
 */
@Service
@PreAuthorize(Role.STAFF)
public class ReadingCorrections {

    public static final int MAX_COMMENT = 500;
    static final String CORRECTED = "READING_CORRECTED";
    static final String CONFIRMED = "READING_CONFIRMED";

    private final StoredJudgments judgments;
    private final CorrectionStore store;
    private final CorrectedReadings corrected;
    private final JudgmentClassifier classifier;
    private final VignetteCatalog catalog;
    private final Reports reports;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ReadingCorrections(
            StoredJudgments judgments,
            CorrectionStore store,
            CorrectedReadings corrected,
            JudgmentClassifier classifier,
            VignetteCatalog catalog,
            Reports reports,
            CurrentUser currentUser,
            AuditLog audit) {
        this.judgments = judgments;
        this.store = store;
        this.corrected = corrected;
        this.classifier = classifier;
        this.catalog = catalog;
        this.reports = reports;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A judgment as its reading is reviewed; refused, audited, unless the caller may read its trainee's report. */
    @Transactional(readOnly = true)
    public ReviewedJudgment judgment(long judgmentId) {
        reports.requireMayReview(judgmentId);
        StoredJudgments.Row row = judgments.find(judgmentId).orElseThrow();
        VersionedVignette v = revision(row);
        Segment segment = segment(v, row);
        return new ReviewedJudgment(
                judgmentId,
                row.traineeId(),
                row.vignetteId(),
                v.vignette().title(),
                v.vignette().indexOf(row.segmentId()) + 1,
                segment.text(),
                segment.key(),
                row.marked(),
                row.evidence(),
                row.rationale(),
                row.confidence(),
                row.ruleReading(),
                row.ruleBaseVersion(),
                row.assessment().feedback(),
                java.util.Optional.ofNullable(corrected.of(List.of(judgmentId)).get(judgmentId)),
                store.history(judgmentId));
    }

    /**
     * Records what the reasoning of a judgment describes, by the caller: a correction when it differs
     * from the rule base's reading (a comment saying why is required), a confirmation when it is the
     * same. The judgment is classified again with the reading and the result kept beside it.
     */
    @Transactional
    public ReadingCorrection correct(long judgmentId, Set<Characteristic> reading, String comment) {
        return record(judgmentId, reading, comment, null);
    }

    /** As {@link #correct}, for a reading a calibration panel agreed on (the round is recorded with it). */
    ReadingCorrection record(long judgmentId, Set<Characteristic> reading, String comment, Long calibrationRoundId) {
        UserSummary me = currentUser.require();
        reports.requireMayReview(judgmentId);
        StoredJudgments.Row row = judgments.find(judgmentId).orElseThrow();
        if (reading == null) {
            throw new IllegalArgumentException("Reading: tick what the reasoning describes, or none of the four.");
        }
        boolean confirms = reading.equals(row.ruleReading());
        String why = comment == null ? "" : comment.strip();
        if (why.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("Comment: keep it to " + MAX_COMMENT + " characters.");
        }
        if (!confirms && why.isEmpty()) {
            throw new IllegalArgumentException("Comment: say in a sentence why the reasoning describes "
                    + org.boundarylab.judgment.CorrectedReading.words(reading) + " (the trainee reads it).");
        }
        if (row.rationale().isBlank()) {
            throw new IllegalArgumentException("Reading: this judgment has no reasoning to read.");
        }
        VersionedVignette v = revision(row);
        Assessment again = classifier.classifyWithReading(
                segment(v, row), row.judgment(), v.vignette().people(), reading);
        long id = store.insert(
                judgmentId,
                row.ruleReading(),
                reading,
                why,
                me.username(),
                row.ruleBaseVersion(),
                again,
                calibrationRoundId);
        audit.record(
                me.username(),
                confirms ? CONFIRMED : CORRECTED,
                "judgment " + judgmentId + " of trainee " + row.traineeId()
                        + ": the rule base (" + row.ruleBaseVersion() + ") read " + ReadingCodes.of(row.ruleReading())
                        + ", read as "
                        + ReadingCodes.of(reading)
                        + (calibrationRoundId == null ? "" : " by calibration round " + calibrationRoundId)
                        + (why.isEmpty() ? "" : ": " + why));
        return store.history(judgmentId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The reading in force for every judgment the caller may review, newest first, filtered. */
    @Transactional(readOnly = true)
    public List<ReadingCorrection> list(CorrectionFilter filter) {
        return visible().stream().filter(filter::admits).toList();
    }

    /** The filtered corrections as evaluation rows ({@code case;labels;text}); the export is audited. */
    @Transactional
    public String export(CorrectionFilter filter) {
        UserSummary me = currentUser.require();
        List<ReadingCorrection> rows = list(filter);
        audit.record(me.username(), "READINGS_EXPORTED", rows.size() + " reading(s) as evaluation rows");
        return EvaluationRows.write(rows, filter, Instant.now());
    }

    /** Agreement with the rule base over the reviewed judgments of the filter's case and version (all four characteristics). */
    @Transactional(readOnly = true)
    public ReadingAgreement agreement(CorrectionFilter filter) {
        return ReadingAgreement.of(list(filter.anyCharacteristic()));
    }

    /** The rule-base versions whose readings were reviewed. */
    @Transactional(readOnly = true)
    public List<String> versions() {
        return store.versions();
    }

    /** Every reading in force on a judgment of a trainee the caller may read (all for an admin). */
    private List<ReadingCorrection> visible() {
        List<ReadingCorrection> latest = store.latest();
        if (currentUser.require().role() == Role.ADMIN) {
            return latest;
        }
        Set<Long> reviewable = reports.reviewable(
                latest.stream().map(ReadingCorrection::judgmentId).toList());
        return latest.stream().filter(c -> reviewable.contains(c.judgmentId())).toList();
    }

    private VersionedVignette revision(StoredJudgments.Row row) {
        return catalog.revision(row.vignetteId(), row.version())
                .orElseThrow(() -> new IllegalStateException(
                        "judgment " + row.judgmentId() + " refers to a missing revision of " + row.vignetteId()));
    }

    private static Segment segment(VersionedVignette v, StoredJudgments.Row row) {
        return v.vignette()
                .segment(row.segmentId())
                .orElseThrow(() -> new IllegalStateException(
                        "judgment " + row.judgmentId() + " refers to a missing segment " + row.segmentId()));
    }
}
