package com.clinicplatform.inquiry;

/**
 * Someone else changed the inquiry since this person opened it: acting on what they saw would overwrite that change,
 * so they see the inquiry as it is now first.
 */
public class InquiryChangedMeanwhileException extends RuntimeException {

    InquiryChangedMeanwhileException() {
        super("Someone else changed this inquiry while you had it open.");
    }
}
