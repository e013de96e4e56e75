package com.clinicplatform.site.inquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minFillSeconds a form sent sooner than this after it was first shown was sent by a machine: stored as SPAM
 * @param rateLimit how many inquiries one client address may have accepted per {@link #RATE_WINDOW}
 */
@ConfigurationProperties("clinic.inquiry")
record InquirySettings(int minFillSeconds, int rateLimit) {

    static final Duration RATE_WINDOW = Duration.ofMinutes(10);
}
