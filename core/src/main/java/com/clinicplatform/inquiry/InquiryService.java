package com.clinicplatform.inquiry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.system.ClinicMetrics;
import com.clinicplatform.system.DatabaseLocks;
import com.clinicplatform.treatment.TreatmentService;

@Service
@Validated
@Transactional(readOnly = true)
public class InquiryService {

    private final InquiryRepository inquiries;
    private final TreatmentService treatments;
    private final DatabaseLocks locks;
    private final JdbcClient jdbc;
    private final InquiryMail mail;
    private final ClinicMetrics metrics;
    private final Clock clock;

    InquiryService(InquiryRepository inquiries, TreatmentService treatments, DatabaseLocks locks, JdbcClient jdbc,
            InquiryMail mail, ClinicMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.inquiries = inquiries;
        this.treatments = treatments;
        this.locks = locks;
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Stores what the patient sent and returns its reference. The same form sent again — a double click, a reload, a
     * retried request — returns the first inquiry's reference and stores nothing more. A non-null
     * {@code spamReason} stores it as SPAM, with a reference like any other, so the sender cannot tell.
     *
     * @throws TooManyInquiriesException when the client has had {@code limit} inquiries accepted within its window
     */
    @Transactional
    public InquiryReceipt submit(@Valid NewInquiry sent, UUID formKey, String spamReason, RateLimit limit) {
        // two requests with the same form wait for each other here, so the second finds the first's inquiry
        locks.lockUntilCommit("inquiry-form:" + formKey);
        var earlier = inquiries.findByFormKey(formKey);
        if (earlier.isPresent()) {
            return receipt(earlier.get());
        }
        if (spamReason == null) {
            countAgainst(limit);
        }
        var treatment = Optional.ofNullable(sent.treatmentSlug()).flatMap(treatments::choice);
        var now = clock.instant();
        var inquiry = new Inquiry(reference(Year.now(clock).getValue(), inquiries.nextNumber()), sent,
                treatment.map(choice -> choice.id()).orElse(null), treatment.map(choice -> choice.title()).orElse(null),
                formKey, spamReason, now);
        inquiries.save(inquiry);
        if (spamReason == null) {
            mail.received(inquiry);
        }
        metrics.inquiryReceived(spamReason != null);
        return receipt(inquiry);
    }

    /**
     * Counts this inquiry against the client's limit, or refuses it. Requests from one client wait for each other, so
     * however many instances answer them, no more than the limit get through.
     */
    private void countAgainst(RateLimit limit) {
        locks.lockUntilCommit("inquiry-rate:" + limit.clientHash());
        var now = clock.instant();
        var windowStart = now.minus(limit.window());
        jdbc.sql("delete from inquiry_rate where client_hash = :client and accepted_at <= :start")
                .param("client", limit.clientHash()).param("start", Timestamp.from(windowStart)).update();
        long accepted = jdbc.sql("select count(*) from inquiry_rate where client_hash = :client")
                .param("client", limit.clientHash()).query(Long.class).single();
        if (accepted >= limit.maxAccepted()) {
            throw new TooManyInquiriesException();
        }
        jdbc.sql("insert into inquiry_rate (client_hash, accepted_at) values (:client, :now)")
                .param("client", limit.clientHash()).param("now", Timestamp.from(now)).update();
    }

    public Optional<Inquiry> byReference(String reference) {
        return inquiries.findByReference(reference);
    }

    /** DOMAIN.md's format: {@code INQ-2026-000123}, the number at least six digits. */
    static String reference(int year, long number) {
        return "INQ-%d-%06d".formatted(year, number);
    }

    private static InquiryReceipt receipt(Inquiry inquiry) {
        return new InquiryReceipt(inquiry.id(), inquiry.reference());
    }
}
