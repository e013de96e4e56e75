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
 * {@code /treatments/knee-pain}, and so do spellings that mean the same, such as {@code /treatments/knee%2Dpain} or
 * {@code /treatments/knee-pain;x=1}. The redirect names a path only, never a host or scheme, and repeated slashes
 * become one, so {@code //elsewhere.example/} leads to {@code /elsewhere.example} on this site, not to another site.
 * Since only canonical addresses get through, the page cache holds one copy of each page.
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
     * The path without path parameters ({@code ;…}), with escaped letters, digits and {@code -_~} written plainly,
     * repeated slashes made one, no slash at the end, and in lower case — unless escapes remain, whose meaning lower
     * case could change.
     */
    static String canonical(String path) {
        if (isCanonical(path)) {
            return path;  // nearly every request: no copy, no pattern
        }
        String single = decodeUnreserved(path.replaceAll(";[^/]*", "")).replaceAll("/{2,}", "/");
        if (single.length() > 1 && single.endsWith("/")) {
            single = single.substring(0, single.length() - 1);
        }
        if (single.isEmpty()) {
            return "/";
        }
        return single.contains("%") ? single : single.toLowerCase(Locale.ROOT);
    }

    private static boolean isCanonical(String path) {
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '/' && previous == '/') || (c >= 'A' && c <= 'Z') || c == ';' || c == '%') {
                return false;
            }
            previous = c;
        }
        return path.length() == 1 || previous != '/';
    }

    /**
     * Percent-escapes of characters that never need one (RFC 3986 "unreserved") replaced by the character — except
     * the dot, which would turn {@code %2e%2e} into a step up the path: such addresses are refused as they are.
     */
    private static String decodeUnreserved(String path) {
        var decoded = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int high = Character.digit(path.charAt(i + 1), 16);
                int low = Character.digit(path.charAt(i + 2), 16);
                int value = high < 0 || low < 0 ? -1 : high * 16 + low;
                if (value >= 0 && value < 128 && (Character.isLetterOrDigit(value) || "-_~".indexOf(value) >= 0)) {
                    decoded.append((char) value);
                    i += 2;
                    continue;
                }
            }
            decoded.append(c);
        }
        return decoded.toString();
    }
}
