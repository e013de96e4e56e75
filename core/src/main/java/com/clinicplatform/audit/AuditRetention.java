package com.clinicplatform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the audit trail keeps its events ({@code CLINIC_AUDIT_RETENTION_YEARS}, 6 by default: long enough for the
 * records a clinic must be able to account for). Never less than a year, which the table's trigger insists on too.
 */
@ConfigurationProperties("clinic")
public record AuditRetention(Integer auditRetentionYears) {

    public AuditRetention {
        auditRetentionYears = auditRetentionYears == null ? 6 : auditRetentionYears;
        if (auditRetentionYears < 1) {
            throw new IllegalArgumentException("CLINIC_AUDIT_RETENTION_YEARS must be at least 1");
        }
    }
}
