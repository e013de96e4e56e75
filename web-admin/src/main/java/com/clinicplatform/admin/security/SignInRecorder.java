package com.clinicplatform.admin.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import com.clinicplatform.account.AccountService;

/** Keeps each account's last sign-in time, which administrators see beside the account. */
@Component
class SignInRecorder {

    private final AccountService accounts;

    SignInRecorder(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
