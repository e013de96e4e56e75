package com.clinicplatform.site.pagecache;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** What a request's conditional and encoding headers ask for (RFC 9110). */
final class ConditionalRequest {

    private ConditionalRequest() {
    }

    /**
     * True when the browser's copy is current: one of its ETags matches (weakly, as GET allows), or, when it sent no
     * ETag, the page has not changed since the date it holds. A date that cannot be read counts as absent.
     */
    static boolean isNotModified(HttpServletRequest request, String etag, long lastModifiedSeconds) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            String opaque = opaque(etag);
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long ifModifiedSince = request.getDateHeader("If-Modified-Since");
            return ifModifiedSince >= 0 && lastModifiedSeconds <= ifModifiedSince / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True unless the browser did not offer gzip or refused it with {@code q=0}. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
