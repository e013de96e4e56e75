package com.clinicplatform.admin.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;


import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;

/**
 * The steps between a correct password and the console, in this order: the code from the authenticator app (for an
 * account that has one), a new password in place of a one-time one, and setting up an app (for an administrator
 * who has none; two-factor sign-in is mandatory for them). Until the steps are done, navigation leads only to the
 * next one.
 *
 * <p>A password alone signs an account that needs a second factor in without any role ({@link #SECOND_FACTOR_PENDING}
 * instead), so nothing but the steps' own screens opens for it, whatever the address typed. The second factor,
 * once checked, replaces that sign-in with the full one, in a session with a new id.
 */
@org.springframework.stereotype.Component
public class SignInSteps implements VaadinServiceInitListener {

    /** The only authority of a sign-in that has its password checked and still needs its second factor. */
    public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";
    /** Spring Security's multi-factor authority for a code from an authenticator app (RFC 6238). */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    SignInSteps(CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        nextStep().filter(step -> step != target).ifPresent(event::forwardTo);
    }

    /** The screen the signed-in person must go through next, if any. */
    Optional<Class<? extends Component>> nextStep() {
        var account = currentUser.account();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (isPending(SecurityContextHolder.getContext().getAuthentication())) {
            if (account.get().isTwoFactorEnrolled()) {
                return Optional.of(TwoFactorVerificationView.class);
            }
            return Optional.of(account.get().mustChangePassword() ? ChangePasswordView.class : TwoFactorSetupView.class);
        }
        return account.get().mustChangePassword() ? Optional.of(ChangePasswordView.class) : Optional.empty();
    }

    static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> SECOND_FACTOR_PENDING.equals(authority.getAuthority()));
    }

    /**
     * The second factor has been checked: the sign-in becomes the account's full one (its roles, the password factor
     * it had and the app's), kept in the session, whose id changes so that an id seen before this point is useless.
     */
    void completeSecondFactor() {
        var current = SecurityContextHolder.getContext().getAuthentication();
        UserAccount account = accounts.findByUsername(current.getName()).orElseThrow();
        var authorities = new ArrayList<GrantedAuthority>();
        account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        current.getAuthorities().stream()
                .filter(authority -> authority instanceof FactorGrantedAuthority)
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(clock.instant()).build());
        var principal = User.withUsername(account.username()).password("").authorities(authorities).build();
        var full = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        full.setDetails(current.getDetails());

        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        // Vaadin's own way to a new session id: the session moves over, attributes and all
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
