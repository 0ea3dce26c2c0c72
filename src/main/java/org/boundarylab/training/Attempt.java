package org.boundarylab.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "vignette_id", nullable = false)
    private String vignetteId;

    @Column(name = "vignette_version", nullable = false)
    private int vignetteVersion;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "session_id")
    private Long sessionId;

    protected Attempt() {}

    Attempt(long traineeId, String vignetteId, int vignetteVersion) {
        this.traineeId = traineeId;
        this.vignetteId = vignetteId;
        this.vignetteVersion = vignetteVersion;
        this.startedAt = Instant.now();
    }

    Attempt(long traineeId, String vignetteId, int vignetteVersion, long sessionId) {
        this(traineeId, vignetteId, vignetteVersion);
        this.sessionId = sessionId;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    String getVignetteId() {
        return vignetteId;
    }

    int getVignetteVersion() {
        return vignetteVersion;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    void complete() {
        this.completedAt = Instant.now();
    }
}
