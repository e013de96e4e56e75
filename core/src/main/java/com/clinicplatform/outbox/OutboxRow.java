package com.clinicplatform.outbox;

import java.time.Instant;

/** One line of the console's Outbox view: a mail the platform owes, whether it has gone, and if not, why not. */
public record OutboxRow(long id, OutboxMessage.Kind kind, String recipient, String subject, String body,
        OutboxMessage.Status status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
        Instant sentAt) {

    static OutboxRow of(OutboxMessage message) {
        return new OutboxRow(message.id(), message.kind(), message.recipient(), message.subject(), message.body(),
                message.status(), message.attempts(), message.nextAttemptAt(), message.lastError(),
                message.createdAt(), message.sentAt());
    }
}
