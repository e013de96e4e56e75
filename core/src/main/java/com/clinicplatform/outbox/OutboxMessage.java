package com.clinicplatform.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One mail the platform owes someone. */
@Entity
public class OutboxMessage {

    public enum Kind { INQUIRY_ALERT, INQUIRY_ACKNOWLEDGEMENT }

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(Kind kind, String recipient, String subject, String body, Long inquiryId, Instant now) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.inquiryId = inquiryId;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }
}
