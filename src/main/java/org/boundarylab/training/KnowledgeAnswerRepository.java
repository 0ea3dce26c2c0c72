package org.boundarylab.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeAnswerRepository extends JpaRepository<KnowledgeAnswerRecord, Long> {

    Optional<KnowledgeAnswerRecord> findByAttemptId(long attemptId);

    List<KnowledgeAnswerRecord> findByAttemptIdIn(Collection<Long> attemptIds);
}
