package com.clinicplatform.site.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers (scheme, host, client address) only from the proxies in
 * {@code CLINIC_TRUSTED_PROXIES}; from anyone else they are removed before the request goes further, so a visitor
 * cannot pretend to have come over HTTPS or from another address.
 *
 * <p>The client's address is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy: the
 * entries to its left were written by whoever sent the request, and could say anything.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter believe = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

    TrustedProxyFilter(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
        remove.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTrusted(request.getRemoteAddr())) {
            remove.doFilter(request, response, chain);
            return;
        }
        String client = clientAddress(request);
        believe.doFilter(request, response,
                (believed, answer) -> chain.doFilter(new FromClient((HttpServletRequest) believed, client), answer));
    }

    private String clientAddress(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0 && isTrusted(client); i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty()) {
                    client = hop;
                }
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException e) {
            return false;  // not an address at all: certainly not one of ours
        }
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
