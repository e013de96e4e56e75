package com.clinicplatform.inquiry;

/** A status move DOMAIN.md does not allow, such as CLOSED straight to SCHEDULED. */
public class IllegalInquiryMoveException extends RuntimeException {

    IllegalInquiryMoveException(InquiryStatus from, InquiryStatus to) {
        super("An inquiry cannot move from %s to %s".formatted(from.label(), to.label()));
    }
}
