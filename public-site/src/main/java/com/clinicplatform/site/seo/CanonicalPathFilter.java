package com.clinicplatform.site.seo;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page has one address: {@code /Treatments/Knee-Pain/} answers with a permanent redirect to
 * {@code /treatments/knee-pain}. The redirect names a path only, never a host or scheme, and repeated slashes become
 * one, so {@code //elsewhere.example/} leads to {@code /elsewhere.example} on this site, not to another site.
 */
public class CanonicalPathFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            String path = request.getRequestURI();
            String canonical = canonical(path);
            if (!canonical.equals(path)) {
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", query == null ? canonical : canonical + "?" + query);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The path with repeated slashes made one, no slash at the end, and in lower case — unless it holds
     * percent-escapes, whose meaning lower case could change.
     */
    static String canonical(String path) {
        if (isCanonical(path)) {
            return path;  // nearly every request: no copy, no pattern
        }
        String single = path.replaceAll("/{2,}", "/");
        if (single.length() > 1 && single.endsWith("/")) {
            single = single.substring(0, single.length() - 1);
        }
        if (single.isEmpty()) {
            return "/";
        }
        return single.contains("%") ? single : single.toLowerCase(Locale.ROOT);
    }

    private static boolean isCanonical(String path) {
        boolean escaped = path.indexOf('%') >= 0;
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '/' && previous == '/') || (!escaped && c >= 'A' && c <= 'Z')) {
                return false;
            }
            previous = c;
        }
        return path.length() == 1 || previous != '/';
    }
}
