package com.clinicplatform.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** Lower-cased as the index of V8 is, so the count reads a few index entries, not every mail ever sent. */
    @Query("select count(m) from OutboxMessage m where lower(m.recipient) = lower(:recipient) and m.kind = :kind"
            + " and m.createdAt > :since")
    long countSentTo(String recipient, OutboxMessage.Kind kind, Instant since);

    List<OutboxMessage> findByInquiryIdOrderById(Long inquiryId);

    /** What is due, oldest first (the partial index on next_attempt_at finds it among everything ever sent). */
    List<OutboxMessage> findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboxMessage.Status status, Instant now,
            Limit limit);

    Page<OutboxMessage> findAllBy(Pageable pageable);

    Page<OutboxMessage> findByStatus(OutboxMessage.Status status, Pageable pageable);

    long countByStatus(OutboxMessage.Status status);
}
