package com.clinicplatform.site.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minFillSeconds a form sent sooner than this after it was first shown was sent by a machine: stored as SPAM
 */
@ConfigurationProperties("clinic.inquiry")
record InquirySettings(int minFillSeconds) {
}
