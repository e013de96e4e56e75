package com.clinicplatform.admin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicplatform.account.AccountService;

/**
 * Slows down an address that keeps failing to sign in (more than 20 failures in 10 minutes, whichever accounts it
 * tried): until its wait is over, its sign-ins are answered without any password being checked. Guessing across
 * many accounts from one place slows to a crawl, and no account is locked by someone else's guessing.
 */
class SignInSlowDown extends OncePerRequestFilter {

    private final AccountService accounts;

    SignInSlowDown(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/" + LoginView.ROUTE));
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
        try {
            return accounts.signInWait(address).isPositive();
        } catch (DataAccessException | TransactionException e) {
            return false;  // the sign-in itself then says the database is away
        }
    }
}
