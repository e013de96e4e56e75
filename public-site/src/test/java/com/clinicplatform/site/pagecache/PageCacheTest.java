package com.clinicplatform.site.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final Instant STARTED = Instant.parse("2026-11-28T09:00:00Z");

    private final PageCache cache = new PageCache(Clock.fixed(STARTED, ZoneOffset.UTC));
    private final RenderedPage page = RenderedPage.of("text/html", List.of(), "<p>hello</p>".getBytes(),
            Instant.parse("2026-11-28T10:15:30Z"));

    @Test
    void keepsNothingUntilItCanHearAboutChanges() {
        cache.put("/", cache.generation(), page);

        assertThat(cache.get("/")).isNull();
    }

    @Test
    void servesWhatWasRenderedSinceTheLastChange() {
        cache.goLive();
        cache.put("/", cache.generation(), page);

        assertThat(cache.get("/")).isSameAs(page);
    }

    @Test
    void aPageRenderedBeforeAChangeWasAnnouncedIsNotKept() {
        cache.goLive();
        long renderStarted = cache.generation();
        cache.invalidate();  // the change's notice arrives while the page is being rendered

        cache.put("/", renderStarted, page);

        assertThat(cache.get("/")).isNull();
    }

    @Test
    void losingTheListenerEmptiesTheCacheAndStopsServingFromIt() {
        cache.goLive();
        cache.put("/", cache.generation(), page);

        cache.goDark();

        assertThat(cache.get("/")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void pagesAreLastModifiedWhenTheLastChangeWasHeardOf() {
        var heard = STARTED.plusSeconds(90);
        var later = new PageCache(Clock.fixed(heard, ZoneOffset.UTC));

        assertThat(cache.lastChanged()).isEqualTo(STARTED);
        later.invalidate();
        assertThat(later.lastChanged()).isEqualTo(heard);
    }

    @Test
    void theEtagDependsOnTheBytes() {
        var other = RenderedPage.of("text/html", List.of(), "<p>hello!</p>".getBytes(), Instant.EPOCH);

        assertThat(page.etag()).startsWith("W/\"").isNotEqualTo(other.etag());
    }

    @Test
    void derivedValuesAreWorkedOutOncePerChangeAndAfreshWhileChangesCannotBeHeard() {
        var computed = new AtomicInteger();
        Supplier<Integer> layout = computed::incrementAndGet;

        assertThat(cache.derived("layout", layout)).isEqualTo(1);
        assertThat(cache.derived("layout", layout)).isEqualTo(2);
        cache.goLive();
        assertThat(cache.derived("layout", layout)).isEqualTo(3);
        assertThat(cache.derived("layout", layout)).isEqualTo(3);
        cache.invalidate();
        assertThat(cache.derived("layout", layout)).isEqualTo(4);
    }

    @Test
    void aValueWorkedOutWhileAChangeWasAnnouncedIsNotKept() {
        cache.goLive();
        var computed = new AtomicInteger();

        // the change's notice arrives while the value is being worked out
        assertThat(cache.derived("layout", () -> {
            cache.invalidate();
            return computed.incrementAndGet();
        })).isEqualTo(1);
        assertThat(cache.derived("layout", computed::incrementAndGet)).isEqualTo(2);
    }
}
