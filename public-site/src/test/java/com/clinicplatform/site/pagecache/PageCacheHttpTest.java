package com.clinicplatform.site.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.clinic.OpeningHours;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.testsupport.TestPictures;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/**
 * The page cache against a real PostgreSQL, with every write committed, so the triggers' notices reach the
 * listener as they would from the console or another instance.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheHttpTest {

    private static final String PAGE = "/treatments/cached-knee-injection";

    @Autowired
    MockMvc mvc;

    @Autowired
    PageCache cache;

    @Autowired
    TreatmentService treatments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageImages images;

    @Autowired
    ClinicProfileService profile;

    @BeforeEach
    void aPublishedPageAndAListeningCache() {
        if (treatments.choice("cached-knee-injection").isEmpty()) {
            treatments.publish(treatments.create(new NewTreatment("Cached Knee Injection", "About knees.", null, null,
                    List.of(new TreatmentSection("What is it?", "An injection.")),
                    List.of(new FaqEntry("Does it hurt?", "A little.")))).id());
        }
        await().atMost(Duration.ofSeconds(10)).until(cache::isLive);
    }

    @Test
    void aPageIsAnsweredWithValidatorsAndTheBrowsersCopyGetsA304() throws Exception {
        var first = perform(get(PAGE));

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(first.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(first.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(first.getHeader("Set-Cookie")).isNull();
        assertThat(first.getContentAsString()).contains("Cached Knee Injection");
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).startsWith("W/\"");

        var revalidated = perform(get(PAGE).header("If-None-Match", etag));
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
        assertThat(perform(get(PAGE).header("If-Modified-Since", lastModified)).getStatus()).isEqualTo(304);
        assertThat(perform(get(PAGE).header("If-None-Match", "W/\"something-else\"")).getStatus()).isEqualTo(200);
        assertThat(perform(get(PAGE).header("If-Modified-Since", "not a date")).getStatus()).isEqualTo(200);
    }

    @Test
    void browsersThatAcceptGzipGetTheSamePageCompressed() throws Exception {
        var plain = perform(get(PAGE));
        var compressed = perform(get(PAGE).header("Accept-Encoding", "br, gzip;q=0.8"));
        var refused = perform(get(PAGE).header("Accept-Encoding", "gzip;q=0"));

        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(compressed.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        var headOnly = perform(head(PAGE));
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aKeptPageIsServedUntilTheDatabaseAnnouncesAChange() throws Exception {
        assertThat(perform(get(PAGE)).getContentAsString()).contains("Cached Knee Injection");
        assertThat(cache.get(PAGE)).as("kept after the first request").isNotNull();

        // a change the database does not announce: the kept page is still served, proving it comes from memory
        jdbc.sql("alter table treatment disable trigger treatment_changed").update();
        try {
            jdbc.sql("update treatment set title = 'Renamed Knee Injection' where slug = 'cached-knee-injection'")
                    .update();
            assertThat(perform(get(PAGE)).getContentAsString()).contains("Cached Knee Injection");
        } finally {
            jdbc.sql("alter table treatment enable trigger treatment_changed").update();
        }

        // any committed change announces itself on every instance's channel
        try {
            jdbc.sql("update treatment set title = 'Cached Knee Injection, Again' where slug = 'cached-knee-injection'")
                    .update();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(perform(get(PAGE)).getContentAsString()).contains("Cached Knee Injection, Again"));
        } finally {
            jdbc.sql("update treatment set title = 'Cached Knee Injection' where slug = 'cached-knee-injection'")
                    .update();
        }
    }

    @Test
    void anEditorsChangeToTheClinicProfileReachesAKeptPageWithinSeconds() throws Exception {
        profile.save(new ClinicDetails("Cached Clinic", "020 7946 0111", "desk@cached.example", "3 Quay Street",
                "London", "E1 1AB", "United Kingdom", "Results vary.",
                List.of(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))), null,
                "Walk along the quay.", null));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(perform(get("/contact")).getContentAsString()).contains("020 7946 0111"));
        assertThat(cache.get("/contact")).as("kept").isNotNull();

        var edition = profile.edition().orElseThrow();
        // the console's way in: the editor's change, version-checked (public-site checks no roles)
        profile.change(new ClinicDetails("Cached Clinic", "020 7946 0222", "desk@cached.example", "3 Quay Street",
                "London", "E1 1AB", "United Kingdom", "Results vary.", edition.details().openingHours(), null,
                "Walk along the quay to the blue door.", null), edition.version());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(perform(get("/contact"))
                .getContentAsString()).contains("020 7946 0222").contains("to the blue door")
                .doesNotContain("020 7946 0111"));
    }

    @Test
    void whileTheListeningConnectionIsLostNothingIsServedFromMemoryAndItComesBackByItself() throws Exception {
        perform(get(PAGE));
        assertThat(cache.get(PAGE)).isNotNull();

        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                .param("name", SiteContentListener.APPLICATION_NAME).query().listOfRows();

        await().atMost(Duration.ofSeconds(10)).until(() -> !cache.isLive());
        assertThat(cache.get(PAGE)).isNull();
        await().atMost(Duration.ofSeconds(10)).until(cache::isLive);
        assertThat(perform(get(PAGE)).getStatus()).isEqualTo(200);
        assertThat(cache.get(PAGE)).isNotNull();
    }

    @Test
    void httpsAnswersCarryHstsWhetherTheyWereJustRenderedOrKept() throws Exception {
        freshlyChanged();

        var rendered = perform(get(PAGE).secure(true));
        var kept = perform(get(PAGE).secure(true));

        assertThat(cache.get(PAGE)).isNotNull();
        assertThat(rendered.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(kept.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(perform(get(PAGE)).getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aHeadCarriesTheSameValidatorsAsTheGetWhetherKeptOrNot() throws Exception {
        freshlyChanged();

        var firstHead = perform(head(PAGE));
        var get = perform(get(PAGE));

        assertThat(firstHead.getStatus()).isEqualTo(200);
        assertThat(firstHead.getContentAsByteArray()).isEmpty();
        assertThat(firstHead.getHeader("ETag")).isNotNull().isEqualTo(get.getHeader("ETag"));
        assertThat(firstHead.getHeader("Content-Length")).isEqualTo(get.getHeader("Content-Length"));
    }

    @Test
    void searchesQueryStringsAndMissingPagesAreNeverKept() throws Exception {
        perform(get("/search").param("q", "knee"));
        perform(get("/").queryParam("utm_source", "x"));
        assertThat(perform(get("/treatments/no-such-page")).getStatus()).isEqualTo(404);

        assertThat(cache.get("/search")).isNull();
        assertThat(cache.get("/")).isNull();
        assertThat(cache.get("/treatments/no-such-page")).isNull();
    }

    @Test
    void pageImagesPassStraightThroughWithTheirOwnHeadersAndAreNeverKept() throws Exception {
        var image = images.upload(TestPictures.jpeg(1200, 600));
        String path = "/images/" + image.key() + "/small";

        var answer = perform(get(path));
        var headOnly = perform(head(path));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        // a HEAD the cache handled would reach the image's handler as a GET and carry the body
        assertThat(headOnly.getStatus()).isEqualTo(200);
        assertThat(headOnly.getContentAsByteArray().length).as("bytes in the HEAD's body").isZero();
        assertThat(cache.get(path)).isNull();
    }

    /** Waits until a change has emptied the cache, so the next request renders the page. */
    private void freshlyChanged() throws Exception {
        perform(get(PAGE));
        assertThat(cache.get(PAGE)).isNotNull();
        jdbc.sql("update treatment set summary = summary where slug = 'cached-knee-injection'").update();
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.get(PAGE) == null);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
