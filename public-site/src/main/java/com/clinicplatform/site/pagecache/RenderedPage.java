package com.clinicplatform.site.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One page as it goes on the wire: its bytes, plain and gzipped, and every header worked out in advance, so serving
 * it is a handful of header writes and one buffer copy.
 */
final class RenderedPage {

    /** Browsers keep the page but ask each time whether it changed; the answer is usually a short 304. */
    static final String CACHE_CONTROL = "public, no-cache";

    /** The value Spring Security sends on HTTPS requests; it depends on the request, so it is never kept. */
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private final String contentType;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] plain;
    private final byte[] gzipped;
    private final String etag;
    private final long lastModifiedSeconds;
    private final String lastModified;

    private RenderedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] plain,
            byte[] gzipped, String etag, Instant lastModified) {
        this.contentType = contentType;
        this.headers = headers;
        this.plain = plain;
        this.gzipped = gzipped;
        this.etag = etag;
        this.lastModifiedSeconds = lastModified.getEpochSecond();
        this.lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC));
    }

    /**
     * The ETag is weak because the plain and gzipped bytes are the same page: a browser that has either may
     * revalidate with it.
     */
    static RenderedPage of(String contentType, List<Map.Entry<String, String>> headers, byte[] body,
            Instant lastModified) {
        byte[] gzipped = gzip(body);
        return new RenderedPage(contentType, List.copyOf(headers), body,
                gzipped.length < body.length ? gzipped : null, "W/\"" + sha256(body) + "\"", lastModified);
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        for (var header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (ConditionalRequest.isNotModified(request, etag, lastModifiedSeconds)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        byte[] body = plain;
        if (gzipped != null && ConditionalRequest.acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            body = gzipped;
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    String etag() {
        return etag;
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // cannot happen in memory
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
