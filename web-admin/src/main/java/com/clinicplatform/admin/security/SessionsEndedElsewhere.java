package com.clinicplatform.admin.security;

import java.io.IOException;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.RequestUtil;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicplatform.account.AccountService;

/**
 * Ends a signed-in session on its next request once its account's password has been changed or reset, or the
 * account disabled, locked or removed, wherever that happened: at sign-in the session keeps the account's session
 * stamp from the database, and each request compares it with the database's. Several console instances therefore
 * agree, and no clocks are compared.
 *
 * <p>A console request (Vaadin's own) gets the answer Vaadin understands, so the browser moves to the sign-in
 * page and says why; a page request is sent there directly.
 */
class SessionsEndedElsewhere extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    static final String SIGNED_OUT_ELSEWHERE = LoginView.ROUTE + "?expired";
    private static final String STAMP = SessionsEndedElsewhere.class.getName() + ".stamp";

    private final AccountService accounts;
    private final RequestUtil vaadinRequests;

    SessionsEndedElsewhere(AccountService accounts, RequestUtil vaadinRequests) {
        this.accounts = accounts;
        this.vaadinRequests = vaadinRequests;
    }

    /** At sign-in: the session keeps the stamp its account has now. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        accounts.sessionStamp(authentication.getName())
                .ifPresent(stamp -> request.getSession().setAttribute(STAMP, stamp));
    }

    /** After this session changed its own password: it goes on, with the account's new stamp. */
    void renew(WrappedSession session, String username) {
        accounts.sessionStamp(username).ifPresent(stamp -> session.setAttribute(STAMP, stamp));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the console's own static files say nothing about the account; its downloads (VAADIN/dynamic/…, such as the
        // CSV exports) do carry data, so they are checked like every other request
        var vaadin = request.getContextPath() + "/VAADIN/";
        return request.getRequestURI().startsWith(vaadin)
                && !request.getRequestURI().startsWith(vaadin + "dynamic/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && !stillValid(session, authentication)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            sendToSignIn(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpSession session, Authentication authentication) {
        if (!(session.getAttribute(STAMP) instanceof String stamp)) {
            return false;  // signed in without a stamp: nothing vouches for it
        }
        try {
            return accounts.sessionStamp(authentication.getName()).map(stamp::equals).orElse(false);
        } catch (DataAccessException | TransactionException e) {
            // the database is away: nothing can be read or changed without it, and the screens say so (503)
            return true;
        }
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
