package com.clinicplatform.treatment;

/**
 * Someone else moved the page on since this editor opened it — saved the draft, sent it for approval, approved or
 * published it: going ahead would overwrite that unseen, so the editor sees the page as it is now first.
 */
public class PageChangedMeanwhileException extends RuntimeException {

    public PageChangedMeanwhileException(String byName) {
        super(byName == null
                ? "Someone else changed this page while you had it open. Reload it to see their change."
                : byName + " changed this page while you had it open. Reload it to see their change.");
    }
}
