package com.clinicplatform.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Whether a change to a page needs a second person's approval before it goes live: one per installation. */
@Entity
public class PublishingPolicy {

    /** There is only ever one policy; the table enforces it. */
    static final short THE_POLICY = 1;

    @Id
    private short id = THE_POLICY;

    @Column(nullable = false)
    private boolean pagesNeedApproval;

    @Column(nullable = false)
    private Instant updatedAt;

    private String updatedByName;

    @Version
    private long version;

    protected PublishingPolicy() {
        // for JPA
    }

    void requireApproval(boolean required, String byName, Instant now) {
        this.pagesNeedApproval = required;
        this.updatedByName = byName;
        this.updatedAt = now;
    }

    boolean pagesNeedApproval() {
        return pagesNeedApproval;
    }

    Approval approval() {
        return new Approval(pagesNeedApproval, updatedAt, updatedByName, version);
    }

    /**
     * The switch as an administrator sees it.
     *
     * @param updatedByName who last set it; null while it still has the installation's default
     */
    public record Approval(boolean pagesNeedApproval, Instant updatedAt, String updatedByName, long version) {
    }
}
