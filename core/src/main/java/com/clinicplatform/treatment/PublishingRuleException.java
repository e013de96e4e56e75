package com.clinicplatform.treatment;

/** A step the page's rules do not allow now, with the reason in words an editor can act on. */
public class PublishingRuleException extends RuntimeException {

    public PublishingRuleException(String message) {
        super(message);
    }
}
