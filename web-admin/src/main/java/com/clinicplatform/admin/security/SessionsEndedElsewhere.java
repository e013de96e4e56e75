package com.clinicplatform.admin.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.RequestUtil;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicplatform.account.AccountService;

/**
 * Ends a signed-in session on its next request once its account has changed password (or been disabled, locked
 * or removed) after the session signed in. The check reads the database, so it holds across every console
 * instance, not only the one where the password was changed.
 *
 * <p>A console request (Vaadin's own) gets the answer Vaadin understands, so the browser moves to the sign-in
 * page and says why; a page request is sent there directly.
 */
class SessionsEndedElsewhere extends OncePerRequestFilter {

    static final String SIGNED_OUT_ELSEWHERE = LoginView.ROUTE + "?expired";
    private static final String SIGNED_IN_AT = SessionsEndedElsewhere.class.getName() + ".signedInAt";

    private final AccountService accounts;
    private final RequestUtil vaadinRequests;
    private final Clock clock;

    SessionsEndedElsewhere(AccountService accounts, RequestUtil vaadinRequests, Clock clock) {
        this.accounts = accounts;
        this.vaadinRequests = vaadinRequests;
        this.clock = clock;
    }

    /** Marks the session as signed in now: the password it has just set is its own, not a reason to end it. */
    static void renew(WrappedSession session, Clock clock) {
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                // the first request of a new sign-in: from here on, changes to the account end this session
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            } else if (!accounts.maySessionContinue(authentication.getName(), signedInAt)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                sendToSignIn(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + "/" + SIGNED_OUT_ELSEWHERE);
        }
    }
}
