package com.clinicplatform.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long inquiries that never became patients are kept after they were last worked on.
 *
 * @param inquiryRetentionMonths an inquiry that did not become a patient ({@code CLINIC_INQUIRY_RETENTION_MONTHS})
 * @param spamRetentionDays      spam ({@code CLINIC_SPAM_RETENTION_DAYS})
 */
@ConfigurationProperties("clinic")
public record InquiryRetention(Integer inquiryRetentionMonths, Integer spamRetentionDays) {

    public InquiryRetention {
        inquiryRetentionMonths = inquiryRetentionMonths == null ? 24 : inquiryRetentionMonths;
        spamRetentionDays = spamRetentionDays == null ? 30 : spamRetentionDays;
        if (inquiryRetentionMonths < 1 || spamRetentionDays < 1) {
            throw new IllegalArgumentException(
                    "CLINIC_INQUIRY_RETENTION_MONTHS and CLINIC_SPAM_RETENTION_DAYS must be at least 1");
        }
    }
}
