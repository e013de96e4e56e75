package com.clinicplatform.inquiry;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A request for information sent from the public site. */
@Entity
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InquiryStatus status;

    @Column(nullable = false)
    private String fullName;

    private String email;

    private String phone;

    private String phoneAsTyped;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactMethod preferredContact;

    private String bestTime;

    private Long treatmentId;

    private String treatmentTitle;

    private String message;

    @Column(nullable = false)
    private Instant consentGivenAt;

    @Column(nullable = false, unique = true)
    private UUID formKey;

    private String spamReason;

    @Column(nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Long assigneeId;

    private Instant consultationAt;

    private Long patientId;

    /** Written by the database (a generated column); read only by the inbox's search. */
    @Column(insertable = false, updatable = false)
    private String searchText;

    @Version
    private long version;

    protected Inquiry() {
        // for JPA
    }

    Inquiry(String reference, NewInquiry sent, Long treatmentId, String treatmentTitle, UUID formKey,
            String spamReason, Instant now) {
        this.reference = reference;
        this.status = spamReason == null ? InquiryStatus.NEW : InquiryStatus.SPAM;
        this.fullName = sent.fullName().strip();
        this.email = blankToNull(sent.email());
        this.phone = blankToNull(sent.phone());
        this.phoneAsTyped = blankToNull(sent.phoneAsTyped());
        this.preferredContact = sent.preferredContact();
        this.bestTime = blankToNull(sent.bestTime());
        this.treatmentId = treatmentId;
        this.treatmentTitle = treatmentTitle;
        this.message = blankToNull(sent.message());
        this.consentGivenAt = now;
        this.formKey = formKey;
        this.spamReason = spamReason;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public InquiryStatus status() {
        return status;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public ContactMethod preferredContact() {
        return preferredContact;
    }

    public String treatmentTitle() {
        return treatmentTitle;
    }

    public String message() {
        return message;
    }

    public String spamReason() {
        return spamReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String phoneAsTyped() {
        return phoneAsTyped;
    }

    public String bestTime() {
        return bestTime;
    }

    public Long treatmentId() {
        return treatmentId;
    }

    public Instant consentGivenAt() {
        return consentGivenAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Long> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    /** When the consultation is, while the inquiry is SCHEDULED. */
    public Optional<Instant> consultationAt() {
        return Optional.ofNullable(consultationAt);
    }

    /** The patient it became, once CONVERTED. */
    public Optional<Long> patientId() {
        return Optional.ofNullable(patientId);
    }

    public long version() {
        return version;
    }

    /**
     * Moves it along one of DOMAIN.md's moves; SCHEDULED needs the consultation's time, which leaving SCHEDULED
     * forgets.
     */
    void moveTo(InquiryStatus next, Instant consultation, Instant now) {
        if (!status.moves().contains(next)) {
            throw new IllegalInquiryMoveException(status, next);
        }
        if (next == InquiryStatus.SCHEDULED && consultation == null) {
            throw new IllegalArgumentException("a scheduled inquiry needs its consultation's date and time");
        }
        this.status = next;
        this.consultationAt = next == InquiryStatus.SCHEDULED ? consultation : null;
        this.updatedAt = now;
    }

    void assignTo(Long accountId, Instant now) {
        this.assigneeId = accountId;
        this.updatedAt = now;
    }

    void convertedTo(long patient, Instant now) {
        if (!status.convertible()) {
            throw new IllegalInquiryMoveException(status, InquiryStatus.CONVERTED);
        }
        this.status = InquiryStatus.CONVERTED;
        this.patientId = patient;
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
