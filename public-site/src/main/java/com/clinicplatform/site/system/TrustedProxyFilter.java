package com.clinicplatform.site.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicplatform.system.TrustedProxies;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers (scheme, host, client address) only from the proxies in
 * {@code CLINIC_TRUSTED_PROXIES}; from anyone else they are removed before the request goes further, so a visitor
 * cannot pretend to have come over HTTPS or from another address.
 *
 * <p>The client's address is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy: the
 * entries to its left were written by whoever sent the request, and could say anything.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;
    private final ForwardedHeaderFilter believe = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedProxyFilter(List<String> trustedProxies) {
        this.proxies = new TrustedProxies(trustedProxies);
        remove.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.isTrusted(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        believe.doFilter(request, response,
                (believed, answer) -> chain.doFilter(new FromClient((HttpServletRequest) believed, client), answer));
    }

    /** The request as it came from the client's address. */
    private static final class FromClient extends HttpServletRequestWrapper {

        private final String client;

        FromClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
