package com.clinicplatform.audit;

/** What happened, in the words the audit log shows. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {

    SIGN_IN_SUCCEEDED("Signed in"),
    SIGN_IN_FAILED("Failed to sign in"),
    ACCOUNT_LOCKED_OUT("Account locked after failed sign-ins"),
    AUDIT_LOG_EXPORTED("Exported the audit log"),
    INQUIRY_VIEWED("Opened the inquiry"),
    INQUIRY_STATUS_CHANGED("Changed the status"),
    INQUIRY_ASSIGNED("Changed who works on it"),
    INQUIRY_NOTE_ADDED("Added a note"),
    INQUIRY_CONVERTED("Converted it to a patient"),
    INQUIRIES_EXPORTED("Exported inquiries"),
    INQUIRIES_PURGED("Purged inquiries past their retention"),
    OUTBOX_MESSAGE_RELEASED("Sent a mail again, or at once"),
    PATIENT_CREATED("Created the patient record"),
    PATIENT_VIEWED("Opened the patient record"),
    ACCOUNT_CREATED("Created the account"),
    ACCOUNT_CHANGED("Changed the account's name or email"),
    ACCOUNT_ROLES_CHANGED("Changed the account's roles"),
    ACCOUNT_DISABLED("Disabled the account"),
    ACCOUNT_ENABLED("Enabled the account"),
    ACCOUNT_UNLOCKED("Unlocked the account"),
    PASSWORD_RESET("Reset the password to a one-time one"),
    PASSWORD_CHANGED("Changed their own password"),
    TWO_FACTOR_ENROLLED("Set up two-factor sign-in"),
    TWO_FACTOR_RESET("Turned off two-factor sign-in"),
    RECOVERY_CODES_RENEWED("Made new recovery codes"),
    RECOVERY_CODE_USED("Signed in with a recovery code"),
    AUDIT_EVENTS_PURGED("Purged audit events past their retention"),
    PATIENT_CHANGED("Changed the patient's details"),
    PATIENT_ARCHIVED("Archived the patient record"),
    PATIENT_RESTORED("Brought the patient record back from the archive"),
    PATIENT_NOTE_ADDED("Added a note to the patient record"),
    PATIENT_CONSENT_RECORDED("Recorded the patient's consent"),
    PATIENT_EXPORTED("Exported the patient record"),
    PATIENT_ERASED("Erased the patient's personal data"),
    COURSE_RECORDED("Recorded a treatment course"),
    COURSE_CHANGED("Changed a treatment course"),
    FOLLOW_UP_RECORDED("Recorded a follow-up"),
    ADVERSE_EVENT_RECORDED("Reported an adverse event"),
    ADVERSE_EVENT_CHANGED("Changed an adverse event"),
    FOLLOW_UP_PLAN_CHANGED("Changed a treatment's follow-up plan"),
    SCORE_CORRECTED("Corrected an outcome score"),
    APPROVAL_SWITCH_CHANGED("Changed whether pages need approval"),
    PAGE_CREATED("Created the page"),
    PAGE_DRAFT_SAVED("Saved a draft of the page"),
    PAGE_SUBMITTED("Asked for the page's change to be approved"),
    PAGE_SENT_BACK("Sent the page's change back to its draft"),
    PAGE_APPROVED("Approved the page's change"),
    PAGE_PUBLISHED("Published the page"),
    PAGE_SCHEDULED("Scheduled the page's change"),
    PAGE_UNSCHEDULED("Cancelled the schedule of the page's change"),
    PAGE_UNPUBLISHED("Took the page off the website"),
    PAGE_DRAFT_DISCARDED("Discarded the page's draft"),
    PAGE_REVISION_RESTORED("Restored an earlier revision into the draft"),
    PAGES_REORDERED("Changed the order of the pages"),
    CLINIC_PROFILE_CHANGED("Changed the clinic's details"),
    IMAGE_UPLOADED("Uploaded an image");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
