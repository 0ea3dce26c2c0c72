package org.boundarylab.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JudgmentRecordRepository extends JpaRepository<JudgmentRecord, Long> {

    List<JudgmentRecord> findByAttemptId(long attemptId);

    List<JudgmentRecord> findByAttemptIdIn(List<Long> attemptIds);

    Optional<JudgmentRecord> findByAttemptIdAndSegmentId(long attemptId, String segmentId);

    List<JudgmentRecord> findByAttemptIdInAndSegmentId(List<Long> attemptIds, String segmentId);
}
