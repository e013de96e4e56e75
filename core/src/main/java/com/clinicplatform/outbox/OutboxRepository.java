package com.clinicplatform.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    long countByRecipientIgnoreCaseAndKindAndCreatedAtAfter(String recipient, OutboxMessage.Kind kind, Instant since);

    List<OutboxMessage> findByInquiryIdOrderById(Long inquiryId);
}
