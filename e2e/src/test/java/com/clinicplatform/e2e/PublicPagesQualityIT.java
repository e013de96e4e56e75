package com.clinicplatform.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Element;

/**
 * Every public page as patients and search engines get it: valid HTML, nothing axe-core finds on a desktop or a phone
 * screen, and no sideways scrolling on the narrowest phones. Each check goes through every page before it fails, so
 * that one run lists everything there is to fix.
 */
class PublicPagesQualityIT {

    // besides every page /sitemap.xml lists: the pages it has no reason to list
    private static final List<String> PAGES = List.of("/", "/treatments", "/conditions",
            "/search?q=knee", "/search?q=kneee", "/search?q=zzzzqqq", "/search", "/contact", "/privacy", "/inquiry");
    private static final String MISSING_PAGE = "/treatments/no-such-page";

    private static final Viewport DESKTOP = new Viewport(1280, 900, false);
    private static final Viewport PHONE = new Viewport(360, 800, true);
    private static final Viewport SMALL_PHONE = new Viewport(320, 568, true);

    // the elements sticking out to the right that hold no other such element: what makes the page scroll sideways
    private static final String WIDEST_ELEMENTS = """
            const limit = document.documentElement.clientWidth;
            const over = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > limit + 0.5);
            return over.filter(e => !over.some(o => o !== e && e.contains(o))).slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim()
                        ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' reaching x=' + Math.round(e.getBoundingClientRect().right));
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @TempDir
    static Path dataDir;

    static Platform platform;
    static ChromeDriver browser;
    /** Path and query of each page, with the status it must answer with. */
    static Map<String, Integer> pages;

    @BeforeAll
    static void startThePlatformAndTheBrowser() {
        platform = Platform.start(dataDir);
        pages = publicPages();
        // one browser for every page: starting Chromium takes seconds, loading a page milliseconds
        browser = Browser.start();
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    @Test
    void everyPageIsValidHtml() {
        var failures = new ArrayList<String>();
        pages.forEach((page, status) -> {
            try {
                var response = get(page);
                if (response.statusCode() != status) {
                    failures.add(page + " answered " + response.statusCode() + " instead of " + status);
                }
                var errors = HtmlChecker.errors(platform.publicSite.url(page), response.body());
                if (!errors.isEmpty()) {
                    failures.add(page + " has " + errors.size() + " HTML error(s):\n  " + String.join("\n  ", errors));
                }
            } catch (RuntimeException e) {
                failures.add(page + " could not be checked: " + e);
            }
        });
        assertNoFailures("the Nu HTML Checker", failures);
    }

    @Test
    void axeFindsNothingOnADesktopOrAPhoneScreen() {
        var failures = new ArrayList<String>();
        for (var viewport : List.of(DESKTOP, PHONE)) {
            viewport.apply(browser);
            for (var page : pages.keySet()) {
                try {
                    browser.get(platform.publicSite.url(page));
                    viewport.misfit(browser).ifPresent(misfit -> failures.add(page + " " + misfit));
                    var violations = AxeCheck.violations(browser);
                    if (!violations.isEmpty()) {
                        failures.add(page + " at " + viewport + ":\n  " + String.join("\n  ", violations));
                    }
                } catch (RuntimeException e) {
                    failures.add(page + " at " + viewport + " could not be checked: " + e);
                }
            }
        }
        assertNoFailures("axe-core", failures);
    }

    @Test
    void noPageScrollsSidewaysOnTheNarrowestPhones() {
        var failures = new ArrayList<String>();
        SMALL_PHONE.apply(browser);
        for (var page : pages.keySet()) {
            try {
                browser.get(platform.publicSite.url(page));
                var misfit = SMALL_PHONE.misfit(browser);
                if (misfit.isPresent()) {
                    failures.add(page + " " + misfit.get());
                    continue;
                }
                // on a phone innerWidth grows to take in what sticks out; clientWidth stays the screen's width
                var widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth,"
                        + " document.documentElement.clientWidth]");
                long contentWidth = ((Number) widths.get(0)).longValue();
                long screenWidth = ((Number) widths.get(1)).longValue();
                if (contentWidth > screenWidth) {
                    failures.add(page + " is " + contentWidth + " px wide on a " + screenWidth + " px wide screen;"
                            + " sticking out: " + browser.executeScript(WIDEST_ELEMENTS));
                }
            } catch (RuntimeException e) {
                failures.add(page + " could not be checked: " + e);
            }
        }
        assertNoFailures("the no-sideways-scrolling check at " + SMALL_PHONE, failures);
    }

    private static Map<String, Integer> publicPages() {
        var sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).as("GET /sitemap.xml").isEqualTo(200);
        var listed = sitemapPaths(sitemap.body());
        assertThat(listed).as("the pages /sitemap.xml lists")
                .anyMatch(path -> path.startsWith("/treatments/"))
                .anyMatch(path -> path.startsWith("/conditions/"));
        var all = new LinkedHashMap<String, Integer>();
        listed.forEach(path -> all.put(path, 200));
        PAGES.forEach(path -> all.putIfAbsent(path, 200));
        all.put(MISSING_PAGE, 404);
        return all;
    }

    /** The path and query of each {@code <loc>}: the host there is the public address, not this test's port. */
    private static List<String> sitemapPaths(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var locs = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)))
                    .getElementsByTagNameNS("*", "loc");
            return IntStream.range(0, locs.getLength())
                    .mapToObj(i -> URI.create(((Element) locs.item(i)).getTextContent().strip()))
                    .map(loc -> loc.getRawPath() + (loc.getRawQuery() == null ? "" : "?" + loc.getRawQuery()))
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("/sitemap.xml is not a readable sitemap: " + e, e);
        }
    }

    private static HttpResponse<String> get(String page) {
        // as a browser asks: Spring answers other clients' errors with JSON instead of the error page
        var request = HttpRequest.newBuilder(URI.create(platform.publicSite.url(page)))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + page + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoFailures(String check, List<String> failures) {
        assertThat(failures)
                .withFailMessage(() -> "Of the " + pages.size() + " public pages, these fail " + check + ":\n\n"
                        + String.join("\n\n", failures))
                .isEmpty();
    }
}
