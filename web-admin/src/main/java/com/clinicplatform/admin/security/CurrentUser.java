package com.clinicplatform.admin.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;

/** The signed-in member of staff, for views that greet them or act on their own account. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<UserDetails> principal() {
        return authentication.getAuthenticatedUser(UserDetails.class);
    }

    public Optional<UserAccount> account() {
        return principal().flatMap(user -> accounts.findByUsername(user.getUsername()));
    }

    public void signOut() {
        authentication.logout();
    }
}
