package com.clinicplatform.admin.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicplatform.account.AccountService;

/**
 * Slows down an address that keeps failing to sign in (more than 20 failures in 10 minutes, whichever accounts it
 * tried): until its wait is over, its sign-ins are answered without any password being checked, and then only one
 * attempt per wait goes through on this instance, however many arrive at once. Guessing across many accounts from
 * one place slows to a crawl, and no account is locked by someone else's guessing.
 */
class SignInSlowDown extends OncePerRequestFilter {

    private static final int MAX_REMEMBERED = 10_000;

    private final AccountService accounts;
    private final Clock clock;
    /** Per address being slowed down: until when its last attempt let through holds the turn. */
    private final Map<String, Instant> turns = new ConcurrentHashMap<>();

    SignInSlowDown(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The sign-in form's own matcher: it reads the path decoded, so /%6Cogin is a sign-in here too. */
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/" + LoginView.ROUTE);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mustWait(request.getRemoteAddr())) {
            LoginView.rememberUsername(request);
            response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.SLOW_DOWN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustWait(String address) {
        AccountService.SignInPace pace;
        try {
            pace = accounts.signInPace(address);
        } catch (DataAccessException | TransactionException e) {
            return false;  // the sign-in itself then says the database is away
        }
        return pace.waitNow().isPositive() || !takeTurn(address, pace.spacing());
    }

    /**
     * While an address is slowed down, lets one of its attempts through per spacing on this instance: attempts sent
     * at once would otherwise all pass the count before any of them failed.
     */
    private boolean takeTurn(String address, Duration spacing) {
        if (spacing.isZero()) {
            return true;
        }
        var now = clock.instant();
        if (turns.size() > MAX_REMEMBERED) {
            turns.values().removeIf(until -> !until.isAfter(now));
        }
        var granted = new boolean[1];
        turns.compute(address, (key, until) -> {
            if (until != null && until.isAfter(now)) {
                return until;
            }
            granted[0] = true;
            return now.plus(spacing);
        });
        return granted[0];
    }
}
