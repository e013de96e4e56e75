package com.clinicplatform.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.CurrentActor;

/**
 * Who acts in a test, for the audit trail and for signatures: the platform until the test says otherwise. A test class
 * {@code @Import}s {@link Configuration} and autowires this.
 */
public final class ActingPerson implements CurrentActor {

    private volatile Actor actor = Actor.PLATFORM;

    public void as(UserAccount account) {
        actor = new Actor(account.id(), account.username(), "192.0.2.10");
    }

    public void asPlatform() {
        actor = Actor.PLATFORM;
    }

    /**
     * Acts as the account and holds its roles, as someone signed in to the console does: the services' role checks
     * (see {@link RoleChecks}) see them.
     */
    public void signIn(UserAccount account) {
        as(account);
        var roles = account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account.username(), null, roles));
    }

    /** Nobody signed in, and the platform acting: how the app runs at start-up. */
    public void signOut() {
        asPlatform();
        SecurityContextHolder.clearContext();
    }

    @Override
    public Actor get() {
        return actor;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        ActingPerson actingPerson() {
            return new ActingPerson();
        }
    }
}
