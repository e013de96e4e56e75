package com.clinicplatform.account;

/** What an account may do in the console; one account may hold several. */
public enum Role {
    /** Inquiries, patients, clinical records, follow-up plans. */
    STAFF,
    /** Treatment and condition pages, the clinic profile. */
    EDITOR,
    /** Accounts, the approval switch, the audit log. */
    ADMIN
}
