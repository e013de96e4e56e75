package com.clinicplatform.site.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The pages rendered since the site's content last changed, by path. It serves nothing while it cannot hear about
 * changes (no {@code LISTEN} connection), so a page is never older than the last change it was told about.
 *
 * <p>A page rendered while a change commits could hold the old content yet be stored after the change's notice
 * emptied the cache; so each render notes the generation it started in and is kept only if no notice came since.
 */
@Component
public class PageCache {

    /**
     * The site has tens or hundreds of pages, and only canonical addresses of pages that exist are kept; the bound is
     * a last guard for memory, which starts the cache afresh rather than refusing new pages.
     */
    static final int MAX_PAGES = 5_000;

    private final Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    /** Values worked out from the content (the layout's clinic details, the treatments to choose from), by name. */
    private final Map<String, Object> derived = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private volatile boolean live;
    private volatile Instant lastChanged;

    PageCache(Clock clock) {
        this.clock = clock;
        this.lastChanged = clock.instant();
    }

    RenderedPage get(String path) {
        return live ? pages.get(path) : null;
    }

    boolean isLive() {
        return live;
    }

    /** The generation a render starts in; pass it to {@link #put}. */
    long generation() {
        return generation.get();
    }

    void put(String path, long renderedIn, RenderedPage page) {
        if (!live) {
            return;
        }
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(path, page);
        // a change may have been announced while the page was being stored
        if (generation.get() != renderedIn) {
            pages.remove(path, page);
        }
    }

    /**
     * A value worked out from the site's content, kept like the pages are: until the next change notice, and never
     * while changes cannot be heard. Pages rendered for each request (the inquiry form and its confirmation, search,
     * errors) read the layout's details from here, so a busy form costs the database only the inquiry itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, Supplier<T> compute) {
        if (!live) {
            return compute.get();
        }
        var kept = (T) derived.get(name);
        if (kept != null) {
            return kept;
        }
        long renderedIn = generation.get();
        T value = compute.get();
        derived.put(name, value);
        // worked out while a change was announced: it may hold the old content
        if (generation.get() != renderedIn) {
            derived.remove(name, value);
        }
        return value;
    }

    /** The content changed: every page goes, and renders already under way are not kept. */
    public void invalidate() {
        lastChanged = clock.instant();
        generation.incrementAndGet();
        pages.clear();
        derived.clear();
    }

    /**
     * When this instance last heard of a change, or began to listen: the pages' {@code Last-Modified}. Never before
     * the change itself, which committed before its notice arrived.
     */
    Instant lastChanged() {
        return lastChanged;
    }

    /** Changes will be heard from now on; whatever was missed before is dropped. */
    void goLive() {
        invalidate();
        live = true;
    }

    /** Changes can no longer be heard: serve nothing from memory until they can. */
    void goDark() {
        live = false;
        invalidate();
    }

    int size() {
        return pages.size();
    }
}
