package com.clinicplatform.site.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.clinicplatform.system.ClinicMetrics;

/**
 * Serves a cached page before anything else in the request path runs; on a miss, lets the request through, keeps the
 * page if its handler is a {@link CachedPage} and it succeeded, and answers exactly as a hit would.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Set by {@link CachedPageInterceptor} when the handler's answer may be kept. */
    static final String CACHEABLE = PageCacheFilter.class.getName() + ".cacheable";

    /** Static files: served by their own handler, from the file, with their own year-long caching. */
    private static final String ASSETS = "/assets/";
    /**
     * Page images: never kept here (their handler is no {@link CachedPage}) and never changed, so browsers keep them
     * for a year; passing them straight through spares copying each one's bytes through the capture buffer.
     */
    private static final String IMAGES = "/images/";

    /** Headers worked out afresh for every answer, or that must never be replayed to another visitor. */
    private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "content-type",
            "transfer-encoding", "content-encoding", "vary", "etag", "last-modified", "cache-control", "set-cookie",
            "strict-transport-security", "connection", "keep-alive");

    private final PageCache cache;
    private final ClinicMetrics metrics;

    PageCacheFilter(PageCache cache, ClinicMetrics metrics) {
        this.cache = cache;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = request.getMethod().equals("HEAD");
        if (!(head || request.getMethod().equals("GET")) || request.getQueryString() != null || !cache.isLive()
                || request.getRequestURI().startsWith(ASSETS) || request.getRequestURI().startsWith(IMAGES)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        var page = cache.get(path);
        if (page != null) {
            metrics.pageCache(true);
            page.writeTo(request, response);
            return;
        }
        // a HEAD is rendered as the GET it describes, so both carry the same headers, and the page is kept
        renderAndKeep(path, head ? new AsGet(request) : request, request, response, chain);
    }

    private void renderAndKeep(String path, HttpServletRequest rendered, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        long generation = cache.generation();
        var lastChanged = cache.lastChanged();
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(rendered, capture);
        if (!Boolean.TRUE.equals(rendered.getAttribute(CACHEABLE))
                || capture.getStatus() != HttpServletResponse.SC_OK
                || response.containsHeader("Set-Cookie") || response.isCommitted()) {
            capture.copyBodyToResponse();
            return;
        }
        var headers = new ArrayList<Map.Entry<String, String>>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        var page = RenderedPage.of(capture.getContentType(), headers, capture.getContentAsByteArray(), lastChanged);
        cache.put(path, generation, page);
        metrics.pageCache(false);
        response.reset();
        page.writeTo(request, response);
    }

    /** The request as a GET, for rendering what a HEAD asks about. */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
