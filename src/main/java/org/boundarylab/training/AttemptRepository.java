package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findFirstByTraineeIdAndVignetteIdAndCompletedAtIsNullOrderByStartedAtDesc(long traineeId,
            String vignetteId);

    List<Attempt> findByTraineeIdOrderByStartedAtDesc(long traineeId);
}
