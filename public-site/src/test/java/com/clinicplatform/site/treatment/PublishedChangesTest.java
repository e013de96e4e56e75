package com.clinicplatform.site.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.RevisionSummary;
import com.clinicplatform.treatment.TreatmentContent;
import com.clinicplatform.treatment.TreatmentEditing;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/**
 * What editors do in the console, as the public site answers it: against a real PostgreSQL with every step committed,
 * so the change notices reach this instance's page cache as they would from web-admin.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishedChangesTest {

    /** The promise: a published change is on every instance within five seconds. */
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

    @Autowired
    MockMvc mvc;

    @Autowired
    TreatmentService treatments;

    @Autowired
    TreatmentEditing editing;

    @Autowired
    PublishingSettings settings;

    long id;
    String slug;

    @BeforeEach
    void aPublishedPageTheCacheHolds() throws Exception {
        settings.requireApproval(false, settings.approval().version());
        var row = treatments.create(new NewTreatment("Cartilage Care " + System.nanoTime(), "About cartilage.", null,
                null, List.of(new TreatmentSection("What is it?", "The words as first published.")), List.of()));
        treatments.publish(row.id());
        id = row.id();
        slug = editing.open(id).orElseThrow().content().slug();
        await().atMost(LIVE_WITHIN).until(() -> body("/treatments/" + slug).contains("as first published"));
    }

    @AfterEach
    void approvalAsTheInstallationHasIt() {
        settings.requireApproval(true, settings.approval().version());
    }

    @Test
    void aDraftIsOnlyInItsPreviewUntilItIsPublishedThenLiveWithinSeconds() throws Exception {
        var draft = editing.save(id, head(), withBody("The words as rewritten."));

        assertThat(body("/treatments/" + slug)).contains("as first published").doesNotContain("as rewritten");
        var preview = mvc.perform(get("/preview/treatments").param("token", draft.previewToken())).andReturn()
                .getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("The words as rewritten.").contains("Preview:")
                .contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(preview.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(preview.getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(preview.getHeader("Set-Cookie")).isNull();

        var published = editing.publish(id, draft.head().head(), null);

        await().atMost(LIVE_WITHIN).until(() -> body("/treatments/" + slug).contains("as rewritten"));
        assertThat(body("/treatments/" + slug)).doesNotContain("Preview:");
        // the sitemap's lastmod is the moment the change went live, to the second
        var wentLive = published.live().orElseThrow().publishedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        await().atMost(LIVE_WITHIN).until(() -> lastModified(slug).equals(wentLive));
    }

    @Test
    void anOldAddressRedirectsPermanentlyToTheNewOne() throws Exception {
        var draft = editing.save(id, head(), withBody("Moved.").withSlug(slug + "-moved"));
        editing.publish(id, draft.head().head(), null);

        await().atMost(LIVE_WITHIN).until(() -> mvc.perform(get("/treatments/" + slug)).andReturn().getResponse()
                .getStatus() == 301);
        var moved = mvc.perform(get("/treatments/" + slug)).andReturn().getResponse();
        assertThat(moved.getHeader("Location")).isEqualTo("/treatments/" + slug + "-moved");
        assertThat(mvc.perform(get("/treatments/" + slug + "-moved")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aPreviewLinkNotSignedHereShowsAFriendlyNotFound() throws Exception {
        for (var token : List.of("", "not-a-token", "eyJ9.abc", editing.open(id).orElseThrow().previewToken() + "x")) {
            MockHttpServletResponse response = mvc.perform(get("/preview/treatments").param("token", token))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("This preview is not available");
        }
        assertThat(mvc.perform(get("/preview/treatments")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private RevisionSummary.Head head() {
        return editing.open(id).orElseThrow().head().head();
    }

    private TreatmentContent withBody(String body) {
        var content = editing.open(id).orElseThrow().content();
        var sections = new ArrayList<>(content.sections());
        sections.set(0, new TreatmentSection(sections.getFirst().heading(), body));
        return new TreatmentContent(content.title(), content.slug(), content.summary(), sections, content.faqs(),
                content.conditionIds(), content.seoTitle(), content.seoDescription(), content.hero());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private String lastModified(String pageSlug) throws Exception {
        var matcher = Pattern.compile("<loc>[^<]*/treatments/" + Pattern.quote(pageSlug)
                + "</loc>\\s*<lastmod>([^<]+)</lastmod>").matcher(body("/sitemap.xml"));
        assertThat(matcher.find()).as("the sitemap lists " + pageSlug).isTrue();
        return matcher.group(1);
    }
}
