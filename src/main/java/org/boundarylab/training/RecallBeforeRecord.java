package org.boundarylab.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The answer to a case's recall question given before the first segment: kept, not scored. */
@Entity
@Table(name = "recall_before")
class RecallBeforeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String answer;

    private double score;

    @Column(name = "max_score")
    private double maxScore;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String assessment;

    @Column(name = "rule_base_version", nullable = false)
    private String ruleBaseVersion;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected RecallBeforeRecord() {}

    RecallBeforeRecord(
            long attemptId, String answer, double score, double maxScore, String assessment, String ruleBaseVersion) {
        this.attemptId = attemptId;
        this.answer = answer;
        this.score = score;
        this.maxScore = maxScore;
        this.assessment = assessment;
        this.ruleBaseVersion = ruleBaseVersion;
        this.submittedAt = Instant.now();
    }

    long getAttemptId() {
        return attemptId;
    }

    String getAnswer() {
        return answer;
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
}
