package org.boundarylab.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored judgment with the assessment the rule base gave it (as JSON) and that rule base's version. */
@Entity
@Table(name = "judgment")
class JudgmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "segment_id", nullable = false)
    private String segmentId;

    @Column(nullable = false)
    private String marked;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String evidence;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String rationale;

    private Integer confidence;
    private double score;

    @Column(name = "max_score")
    private double maxScore;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String assessment;

    @Column(name = "rule_base_version", nullable = false)
    private String ruleBaseVersion;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected JudgmentRecord() {}

    JudgmentRecord(
            long attemptId,
            String segmentId,
            String marked,
            String evidence,
            String rationale,
            Integer confidence,
            double score,
            double maxScore,
            String assessment,
            String ruleBaseVersion) {
        this.attemptId = attemptId;
        this.segmentId = segmentId;
        this.marked = marked;
        this.evidence = evidence;
        this.rationale = rationale;
        this.confidence = confidence;
        this.score = score;
        this.maxScore = maxScore;
        this.assessment = assessment;
        this.ruleBaseVersion = ruleBaseVersion;
        this.submittedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    String getSegmentId() {
        return segmentId;
    }

    String getMarked() {
        return marked;
    }

    String getEvidence() {
        return evidence;
    }

    String getRationale() {
        return rationale;
    }

    Integer getConfidence() {
        return confidence;
    }

    double getScore() {
        return score;
    }

    double getMaxScore() {
        return maxScore;
    }

    String getAssessment() {
        return assessment;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
