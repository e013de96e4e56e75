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

    public Long inquiryId() {
        return inquiryId;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The mail server took it. The error of an earlier attempt no longer matters once it has gone. */
    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed, but a later one may work: it stays PENDING, so it is never lost, and waits its turn. */
    void failedForNow(String error, Instant retryAt) {
        attempts++;
        lastError = error;
        nextAttemptAt = retryAt;
    }

    /** No attempt will ever work (the address is not one a mail server can take): it waits for staff instead. */
    void failedForGood(String error) {
        attempts++;
        status = Status.FAILED;
        lastError = error;
    }

    /** Staff ask for it to go now: a failed message gets another chance, a waiting one skips the rest of its wait. */
    void sendAgain(Instant now) {
        if (status == Status.SENT) {
            throw new IllegalStateException("Outbox message " + id + " has been sent already");
        }
        status = Status.PENDING;
        nextAttemptAt = now;
    }
}
