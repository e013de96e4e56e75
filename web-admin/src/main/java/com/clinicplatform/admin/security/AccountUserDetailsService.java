package com.clinicplatform.admin.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import com.clinicplatform.account.AccountService;

/**
 * Signs staff in against the accounts in the database; roles become {@code ROLE_STAFF}, {@code ROLE_EDITOR}… An
 * account that needs a second factor gets no role from its password alone, only
 * {@link SignInSteps#SECOND_FACTOR_PENDING}: its roles come with the code from its app.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var user = User.withUsername(account.username()).password(account.passwordHash());
        if (account.requiresSecondFactor()) {
            user.authorities(SignInSteps.SECOND_FACTOR_PENDING);
        } else {
            user.roles(account.roles().stream().map(Enum::name).toArray(String[]::new));
        }
        return user
                .disabled(!account.isEnabled())
                .accountLocked(accounts.isLockedOut(account))
                .build();
    }
}
