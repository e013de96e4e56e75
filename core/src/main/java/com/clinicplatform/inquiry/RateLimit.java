package com.clinicplatform.inquiry;

import java.time.Duration;

/** At most {@code maxAccepted} inquiries from one client (by its hashed address) within {@code window}. */
public record RateLimit(String clientHash, int maxAccepted, Duration window) {
}
