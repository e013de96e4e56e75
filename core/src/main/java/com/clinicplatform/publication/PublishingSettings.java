package com.clinicplatform.publication;

import java.time.Clock;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/**
 * The "pages need approval" switch. While it is on (the default), a change to a page goes live only once someone
 * other than its writers has approved it: an editor or an administrator.
 */
@Service
@Transactional(readOnly = true)
public class PublishingSettings {

    /** How the switch is named on the audit trail. */
    public static final String AUDIT_TARGET = "publishing_policy";

    private final PublishingPolicyRepository policies;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PublishingSettings(PublishingPolicyRepository policies, AccountService accounts, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean pagesNeedApproval() {
        return policy().pagesNeedApproval();
    }

    public PublishingPolicy.Approval approval() {
        return policy().approval();
    }

    /**
     * Turns the switch on or off, unless someone else changed it since {@code expectedVersion} was read; then it
     * throws {@link ObjectOptimisticLockingFailureException} and changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PublishingPolicy.Approval requireApproval(boolean required, long expectedVersion) {
        var policy = policy();
        if (policy.approval().version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PublishingPolicy.class, PublishingPolicy.THE_POLICY);
        }
        if (policy.pagesNeedApproval() == required) {
            return policy.approval();
        }
        var actor = audit.actor();
        policy.requireApproval(required, accounts.signatureOf(actor), clock.instant());
        policies.flush();
        audit.record(actor, AuditAction.APPROVAL_SWITCH_CHANGED, AUDIT_TARGET, null,
                Map.of("pagesNeedApproval", Boolean.toString(required)));
        return policy.approval();
    }

    private PublishingPolicy policy() {
        return policies.findById(PublishingPolicy.THE_POLICY)
                .orElseThrow(() -> new IllegalStateException("V18 writes the publishing policy's one row"));
    }
}
