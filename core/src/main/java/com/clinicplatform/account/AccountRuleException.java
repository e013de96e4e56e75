package com.clinicplatform.account;

/** A change to an account that the platform's rules refuse; the message says why, for the person who asked. */
public class AccountRuleException extends RuntimeException {

    public AccountRuleException(String message) {
        super(message);
    }
}
