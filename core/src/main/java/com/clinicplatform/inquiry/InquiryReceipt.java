package com.clinicplatform.inquiry;

/** What the patient is shown once an inquiry is safely stored: its reference. */
public record InquiryReceipt(long id, String reference) {
}
