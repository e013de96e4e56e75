package com.clinicplatform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where the platform writes the mail it owes, inside the transaction of whatever caused it. */
@Service
@Transactional(readOnly = true)
public class Outbox {

    /** An address typed into a form gets at most this many of one kind of mail a day. */
    static final int DAILY_LIMIT_PER_RECIPIENT = 3;

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Clock clock) {
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
        if (messages.countByRecipientIgnoreCaseAndKindAndCreatedAtAfter(recipient, kind, since)
                >= DAILY_LIMIT_PER_RECIPIENT) {
            return false;
        }
        enqueue(kind, recipient, subject, body, inquiryId);
        return true;
    }

    public List<OutboxMessage> forInquiry(long inquiryId) {
        return messages.findByInquiryIdOrderById(inquiryId);
    }
}
