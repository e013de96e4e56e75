package com.clinicplatform.inquiry;

import java.time.LocalDate;

/**
 * Which inquiries the inbox shows. Every part is optional.
 *
 * @param status         only this status; when null, every status but SPAM (spam is looked at on purpose)
 * @param treatmentId    only inquiries about this treatment
 * @param submittedFrom  sent on or after this day (in the clinic's time zone)
 * @param submittedUntil sent on or before this day
 * @param assignee       whose inquiries
 * @param text           a fragment of the reference, name, email, phone number or message
 */
public record InquiryFilter(InquiryStatus status, Long treatmentId, LocalDate submittedFrom, LocalDate submittedUntil,
        Assignee assignee, String text) {

    public static final InquiryFilter INBOX = new InquiryFilter(null, null, null, null, Assignee.ANYONE, null);

    public InquiryFilter {
        assignee = assignee == null ? Assignee.ANYONE : assignee;
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Whose inquiries: anyone's, nobody's yet, or one member of staff's. */
    public record Assignee(Kind kind, Long accountId) {

        public enum Kind { ANYONE, NOBODY, ACCOUNT }

        public static final Assignee ANYONE = new Assignee(Kind.ANYONE, null);
        public static final Assignee NOBODY = new Assignee(Kind.NOBODY, null);

        public static Assignee account(long accountId) {
            return new Assignee(Kind.ACCOUNT, accountId);
        }
    }
}
