package org.boundarylab.training;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecallBeforeRepository extends JpaRepository<RecallBeforeRecord, Long> {

    Optional<RecallBeforeRecord> findByAttemptId(long attemptId);
}
