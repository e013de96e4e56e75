package com.clinicplatform.site.pagecache;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.clinicplatform.publication.SiteContentChanges;

/**
 * Serves a cached page before anything else in the request path runs; on a miss, lets the request through, keeps the
 * page if its handler is a {@link CachedPage} and it succeeded, and answers exactly as a hit would.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Set by {@link CachedPageInterceptor} when the handler's answer may be kept. */
    static final String CACHEABLE = PageCacheFilter.class.getName() + ".cacheable";

    /** Headers worked out afresh for every answer, or that must never be replayed to another visitor. */
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "content-type",
            "transfer-encoding", "content-encoding", "vary", "etag", "last-modified", "cache-control", "set-cookie",
            "strict-transport-security", "connection", "keep-alive");

    /** The same value Spring Security sends on secure requests, for hits that never reach it. */
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private final PageCache cache;
    private final SiteContentChanges changes;

    PageCacheFilter(PageCache cache, SiteContentChanges changes) {
        this.cache = cache;
        this.changes = changes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getQueryString() != null || !cache.isLive()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        var page = cache.get(path);
        if (page != null) {
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", HSTS);
            }
            page.writeTo(request, response);
            return;
        }
        if (!request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        renderAndKeep(path, request, response, chain);
    }

    private void renderAndKeep(String path, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        long generation = cache.generation();
        Instant lastChanged;
        try {
            lastChanged = changes.lastChanged();
        } catch (DataAccessException e) {
            chain.doFilter(request, response);  // the page itself will say the site is unavailable
            return;
        }
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (!Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) || capture.getStatus() != HttpServletResponse.SC_OK
                || response.containsHeader("Set-Cookie") || response.isCommitted()) {
            capture.copyBodyToResponse();
            return;
        }
        var headers = new ArrayList<Map.Entry<String, String>>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(Map.entry(name, response.getHeader(name)));
            }
        }
        var page = RenderedPage.of(capture.getContentType(), headers, capture.getContentAsByteArray(), lastChanged);
        cache.put(path, generation, page);
        response.reset();
        page.writeTo(request, response);
    }
}
