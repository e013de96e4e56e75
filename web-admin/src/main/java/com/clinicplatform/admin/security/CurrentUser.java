package com.clinicplatform.admin.security;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.Role;
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

    /** The sign-in itself (with its authorities), when someone is signed in. */
    public Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(signIn -> signIn.isAuthenticated() && !(signIn instanceof AnonymousAuthenticationToken));
    }

    /** Whether the person signed in holds the role, as the sign-in granted it (what method security checks too). */
    public boolean hasRole(Role role) {
        return authentication().map(signIn -> signIn.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role.name()))).orElse(false);
    }

    public void signOut() {
        authentication.logout();
    }

    /** Signs out and then shows the sign-in page at {@code location} (which says why), not the plain one. */
    public void signOut(String location) {
        var ui = UI.getCurrent();
        authentication.logout();
        if (ui != null) {
            ui.getPage().setLocation(location);
        }
    }
}
