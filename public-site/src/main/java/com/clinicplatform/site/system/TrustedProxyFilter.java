package com.clinicplatform.site.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers (client address, scheme, host) only from the proxies
 * in {@code CLINIC_TRUSTED_PROXIES}; from anyone else they are removed before the request goes further, so a visitor
 * cannot pretend to be another address or to have come over HTTPS.
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
        String peer = request.getRemoteAddr();
        boolean trusted = proxies.stream().anyMatch(proxy -> proxy.matches(peer));
        (trusted ? believe : remove).doFilter(request, response, chain);
    }
}
