package com.clinicplatform.inquiry;

import java.util.EnumSet;
import java.util.Set;

/** Where an inquiry stands, and DOMAIN.md's moves between them. */
public enum InquiryStatus {
    NEW("New"),
    CONTACTED("Contacted"),
    SCHEDULED("Scheduled"),
    CONVERTED("Converted"),
    CLOSED("Closed"),
    SPAM("Spam");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Where staff may move an inquiry from here. CONVERTED is never among them: only converting the inquiry to a
     * patient leads there, and nothing leads away.
     */
    public Set<InquiryStatus> moves() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, CLOSED, SPAM);
            case CONTACTED -> EnumSet.of(SCHEDULED, CLOSED);
            case SCHEDULED -> EnumSet.of(CLOSED, CONTACTED);
            case CLOSED -> EnumSet.of(CONTACTED);
            case SPAM -> EnumSet.of(NEW);
            case CONVERTED -> EnumSet.noneOf(InquiryStatus.class);
        };
    }

    /** Whether the inquiry can still become a patient from here. */
    public boolean convertible() {
        return this == NEW || this == CONTACTED || this == SCHEDULED;
    }
}
