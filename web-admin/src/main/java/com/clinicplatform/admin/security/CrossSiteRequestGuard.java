package com.clinicplatform.admin.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses any request that changes something (POST, PUT, PATCH, DELETE) when a browser says it was sent from
 * another site. Vaadin's configuration leaves the sign-in form without a CSRF token, so without this a foreign page
 * could sign a visitor in to an account of its choosing; checking every such request, whatever its path, leaves no
 * spelling of the sign-in address unguarded. Browsers say where a request came from ({@code Sec-Fetch-Site},
 * {@code Origin}); a request that says nothing (a script, curl) cannot ride on a victim's browser and goes on.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** The console's public address: behind a proxy, the request's own host and scheme may differ from it. */
    private final URI consoleAddress;

    CrossSiteRequestGuard(URI consoleAddress) {
        this.consoleAddress = consoleAddress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            // answered here, not through the error page, which would send the visitor on to the sign-in form
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: the request was sent from another site.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            var from = URI.create(origin);
            return !(sameOrigin(from, consoleAddress) || sameOrigin(from,
                    URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())));
        } catch (IllegalArgumentException e) {
            return true;  // "null" or something unreadable: not this console
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
