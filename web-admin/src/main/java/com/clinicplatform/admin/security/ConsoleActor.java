package com.clinicplatform.admin.security;

import com.vaadin.flow.server.VaadinRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.CurrentActor;

/**
 * Who the audit trail names for what happens in the console: the signed-in account, and the address of the request
 * (a Vaadin round trip, or a plain request such as a download). Outside any request it is the platform.
 */
@Component
class ConsoleActor implements CurrentActor {

    private final AccountService accounts;

    ConsoleActor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Actor get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.PLATFORM;
        }
        var username = authentication.getName();
        var accountId = accounts.findByUsername(username).map(account -> account.id()).orElse(null);
        return new Actor(accountId, username, clientAddress());
    }

    private static String clientAddress() {
        var vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            return vaadinRequest.getRemoteAddr();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
    }
}
