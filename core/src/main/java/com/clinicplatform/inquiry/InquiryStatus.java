package com.clinicplatform.inquiry;

/** Where an inquiry stands; DOMAIN.md lists the moves between them. */
public enum InquiryStatus {
    NEW, CONTACTED, SCHEDULED, CONVERTED, CLOSED, SPAM
}
