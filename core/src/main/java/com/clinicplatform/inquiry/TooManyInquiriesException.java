package com.clinicplatform.inquiry;

/** The client has had as many inquiries accepted as the rate limit allows within its window. */
public class TooManyInquiriesException extends RuntimeException {

    public TooManyInquiriesException() {
        super("Too many inquiries from one client", null, false, false);
    }
}
