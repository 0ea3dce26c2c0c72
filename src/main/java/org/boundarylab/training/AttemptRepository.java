package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** The open attempt a trainee made on their own (not in a live session). */
    Optional<Attempt> findFirstByTraineeIdAndVignetteIdAndCompletedAtIsNullAndSessionIdIsNullOrderByStartedAtDesc(
            long traineeId, String vignetteId);

    Optional<Attempt> findBySessionIdAndTraineeIdAndVignetteId(long sessionId, long traineeId, String vignetteId);

    List<Attempt> findBySessionId(long sessionId);

    List<Attempt> findByTraineeIdOrderByStartedAtDesc(long traineeId);
}
