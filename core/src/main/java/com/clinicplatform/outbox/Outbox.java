package com.clinicplatform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/** Where the platform writes the mail it owes, inside the transaction of whatever caused it. */
@Service
@Transactional(readOnly = true)
public class Outbox {

    /** An address typed into a form gets at most this many of one kind of mail a day. */
    static final int DAILY_LIMIT_PER_RECIPIENT = 3;

    /** How outbox messages are named on the audit trail. */
    public static final String AUDIT_TARGET = "outbox_message";

    private final OutboxRepository messages;
    private final AuditTrail audit;
    private final Clock clock;

    Outbox(OutboxRepository messages, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Owes {@code recipient} this mail. Joins the caller's transaction: no mail for something that did not commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutboxMessage.Kind kind, String recipient, String subject, String body, Long inquiryId) {
        messages.save(new OutboxMessage(kind, recipient, subject, body, inquiryId, clock.instant()));
    }

    /**
     * Owes this mail to an address someone typed into a form, unless that address has been owed
     * {@link #DAILY_LIMIT_PER_RECIPIENT} of this kind in the last day already: the form cannot be used to flood a
     * stranger's mailbox.
     *
     * @return whether the mail was queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueueRationed(OutboxMessage.Kind kind, String recipient, String subject, String body,
            Long inquiryId) {
        var since = clock.instant().minus(Duration.ofDays(1));
        if (messages.countSentTo(recipient, kind, since)
                >= DAILY_LIMIT_PER_RECIPIENT) {
            return false;
        }
        enqueue(kind, recipient, subject, body, inquiryId);
        return true;
    }

    public List<OutboxMessage> forInquiry(long inquiryId) {
        return messages.findByInquiryIdOrderById(inquiryId);
    }

    /**
     * One page of the outbox, sorted and paged by the database; {@code status} null for every message. Rows that
     * sort alike keep a fixed order (newest id first), so no row repeats or goes missing from one page to the next.
     */
    public Page<OutboxRow> page(OutboxMessage.Status status, Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().and(Sort.by(Sort.Direction.DESC, "id")));
        var page = status == null ? messages.findAllBy(stable) : messages.findByStatus(status, stable);
        return page.map(OutboxRow::of);
    }

    /** How many messages {@link #page} has to show; {@code status} null for every message. */
    public long count(OutboxMessage.Status status) {
        return status == null ? messages.count() : messages.countByStatus(status);
    }

    public Optional<OutboxRow> message(long id) {
        return messages.findById(id).map(OutboxRow::of);
    }

    /**
     * Staff ask for this message to go at the next delivery run: a FAILED one gets another chance, a PENDING one
     * skips the rest of its back-off (the mail server is back, say). A message that has gone cannot be sent again.
     */
    @Transactional
    public OutboxRow sendAgain(long id) {
        var message = messages.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No outbox message " + id));
        message.sendAgain(clock.instant());
        audit.record(AuditAction.OUTBOX_MESSAGE_RELEASED, AUDIT_TARGET, id, Map.of());
        return OutboxRow.of(message);
    }
}
