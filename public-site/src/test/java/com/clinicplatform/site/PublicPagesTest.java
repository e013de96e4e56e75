package com.clinicplatform.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.clinic.OpeningHours;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewCondition;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

// the tests write inside a transaction they roll back, which never notifies the page cache: render every request
@SpringBootTest(properties = {"clinic.page-cache.enabled=false", "clinic.public-base-url=https://www.harbour.example"})
@AutoConfigureMockMvc
@Transactional
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreatmentService treatments;

    @Autowired
    ClinicProfileService profile;

    @Autowired
    ConditionService conditions;

    @Autowired
    EntityManager entityManager;

    @Test
    void theHomePageLinksEveryPublishedTreatmentAndNoDraft() throws Exception {
        givenTheClinic();
        publish("Stem Cell Therapy for Knee Pain", "Rest well.");
        treatments.create(treatment("A Draft Nobody May See", "Hidden."));
        publish("Stem Cell Therapy for Joint Pain", "Move gently.");

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/treatments/stem-cell-therapy-for-knee-pain\""),
                        containsString("href=\"/treatments/stem-cell-therapy-for-joint-pain\""),
                        not(containsString("A Draft Nobody May See")),
                        containsString("Harbour Test Clinic"))));
    }

    @Test
    void aTreatmentPageShowsItsSectionsNeighboursCallToActionAndDisclaimer() throws Exception {
        givenTheClinic();
        publish("Stem Cell Therapy for Knee Pain", "Knees.");
        publish("Stem Cell Therapy for Joint Pain", "Cells are taken from **your own** bone marrow.");
        publish("Stem Cell Therapy for Hashimoto's Disease", "Thyroid.");

        mvc.perform(get("/treatments/stem-cell-therapy-for-joint-pain"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(allOf(
                        containsString("<h1>Stem Cell Therapy for Joint Pain</h1>"),
                        containsString("<h2 id=\"section-1\">What is it?</h2>"),
                        containsString("Cells are taken from <strong>your own</strong> bone marrow."),
                        containsString("<summary>Will it hurt?</summary>"),
                        containsString("rel=\"prev\" href=\"/treatments/stem-cell-therapy-for-knee-pain\""),
                        containsString("rel=\"next\" href=\"/treatments/stem-cell-therapy-for-hashimotos-disease\""),
                        containsString("href=\"/inquiry?treatment=stem-cell-therapy-for-joint-pain\""),
                        containsString("href=\"tel:+442079460999\""),
                        containsString("Results vary from person to person."))));
    }

    @Test
    void unknownAndUnpublishedPagesAnswerAFriendlyNotFound() throws Exception {
        givenTheClinic();
        treatments.create(treatment("Still A Draft", "Not yet."));

        for (String path : List.of("/treatments/no-such-treatment", "/treatments/still-a-draft", "/no/such/page",
                "/sitemap.json", "/notes.txt")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(header().doesNotExist("Set-Cookie"))
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(allOf(containsString("We could not find that page"),
                            containsString("href=\"tel:+442079460999\""))));
        }
    }

    @Test
    void whatAnEditorTypedIsNeverRenderedAsMarkup() throws Exception {
        givenTheClinic();
        publish("Knees <b>bold</b>", "Fine <script>alert('x')</script> text");

        mvc.perform(get("/treatments/knees-b-bold-b"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Knees &lt;b&gt;bold&lt;/b&gt;"),
                        not(containsString("<script>alert")),
                        not(containsString("<b>bold</b>")))));
    }

    @Test
    void aNewInstallationShowsAnHonestEmptyState() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No treatment pages have been published yet")));
        mvc.perform(get("/contact"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("contact details have not been published yet")));
    }

    @Test
    void theInquiryFormOffersThePhoneAndEmailBesideIt() throws Exception {
        givenTheClinic();

        mvc.perform(get("/inquiry"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Prefer to talk?"),
                        containsString("href=\"tel:+442079460999\""),
                        containsString("href=\"mailto:desk@example.com\""))));
    }

    @Test
    void addressesNoPageCouldHaveAreRefusedOrIgnoredWithoutAnError() throws Exception {
        givenTheClinic();

        mvc.perform(get("/treatments/{slug}", "knee\u0000pain")).andExpect(status().isBadRequest());
        mvc.perform(get("/treatments/{slug}", "x".repeat(5000))).andExpect(status().isNotFound());
        mvc.perform(get("/inquiry").param("treatment", "\u0000<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void onlyReadingIsOpenToVisitors() throws Exception {
        for (var request : List.of(post("/treatments/anything"), put("/"), delete("/contact"))) {
            mvc.perform(request)
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string("Allow", "GET, HEAD"));
        }
    }

    @Test
    void theCatalogueGroupsTreatmentsByConditionAndEachConditionHasItsPage() throws Exception {
        givenTheClinic();
        long knee = publishTreatment("Stem Cell Therapy for Knee Pain", "Knees.");
        long joint = publishTreatment("Stem Cell Therapy for Joint Pain", "Joints.");
        publish("Thyroid Support", "Thyroid.");
        String kneePain = publishCondition("Knee pain", "## Causes\n\nWear and **injury**.");
        treatments.setConditions(knee, List.of(kneePain));
        treatments.setConditions(joint, List.of(kneePain));

        mvc.perform(get("/treatments"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h3 id=\"group-1\"><a href=\"/conditions/knee-pain\">Knee pain</a></h3>"),
                        containsString("All treatments"),
                        containsString("href=\"/treatments/thyroid-support\""))));
        mvc.perform(get("/conditions/knee-pain"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Knee pain</h1>"),
                        containsString("<h2>Causes</h2>"),
                        containsString("Wear and <strong>injury</strong>."),
                        containsString("href=\"/treatments/stem-cell-therapy-for-knee-pain\""),
                        containsString("\"@type\":\"MedicalCondition\""),
                        not(containsString("thyroid-support")))));
        mvc.perform(get("/treatments/stem-cell-therapy-for-knee-pain"))
                .andExpect(content().string(allOf(
                        containsString("<p class=\"tags\">For:"),
                        containsString("<a href=\"/conditions/knee-pain\">Knee pain</a>"),
                        containsString("rel=\"next\" href=\"/treatments/stem-cell-therapy-for-joint-pain\""),
                        not(containsString("Related treatments")))));
        mvc.perform(get("/conditions")).andExpect(content().string(containsString("href=\"/conditions/knee-pain\"")));
        mvc.perform(get("/")).andExpect(content().string(containsString("Conditions we treat")));
    }

    @Test
    void everyPageDescribesItselfToSearchEngines() throws Exception {
        givenTheClinic();
        publish("Stem Cell Therapy for Joint Pain", "Joints.");

        mvc.perform(get("/treatments/stem-cell-therapy-for-joint-pain"))
                .andExpect(content().string(allOf(
                        containsString("<title>Stem Cell Therapy for Joint Pain | Harbour Test Clinic</title>"),
                        containsString("<meta name=\"description\" content=\"About Stem Cell Therapy for Joint Pain\">"),
                        containsString("<link rel=\"canonical\" href=\"https://www.harbour.example/treatments/stem-cell-therapy-for-joint-pain\">"),
                        containsString("<meta property=\"og:url\" content=\"https://www.harbour.example/treatments/stem-cell-therapy-for-joint-pain\">"),
                        containsString("<meta property=\"og:type\" content=\"article\">"),
                        containsString("\"@type\":\"MedicalClinic\""),
                        containsString("\"telephone\":\"+442079460999\""),
                        containsString("\"addressCountry\":\"GB\""),
                        containsString("\"dayOfWeek\":\"https://schema.org/Saturday\""),
                        containsString("\"@type\":\"MedicalWebPage\""),
                        containsString("\"@type\":\"MedicalTherapy\""),
                        containsString("\"@type\":\"FAQPage\""),
                        containsString("\"@type\":\"BreadcrumbList\""))));
        mvc.perform(get("/contact"))
                .andExpect(content().string(allOf(
                        containsString("<title>Contact and opening hours | Harbour Test Clinic</title>"),
                        not(containsString("FAQPage")))));
    }

    @Test
    void textInStructuredDataCannotCloseItsScript() throws Exception {
        givenTheClinic();
        publish("Knees </script><script>alert(1)</script>", "Text.");

        mvc.perform(get("/treatments/knees-script-script-alert-1-script"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Knees \\u003c/script\\u003e"),
                        not(containsString("</script><script>alert(1)")))));
    }

    @Test
    void theSitemapListsEveryPublishedPageWithWhenItChanged() throws Exception {
        givenTheClinic();
        publish("Stem Cell Therapy for Joint Pain", "Joints.");
        treatments.create(treatment("Hidden Draft", "No."));
        publishCondition("Knee pain", "Knees.");

        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andExpect(content().string(allOf(
                        containsString("<loc>https://www.harbour.example/treatments/stem-cell-therapy-for-joint-pain</loc>"),
                        containsString("<loc>https://www.harbour.example/conditions/knee-pain</loc>"),
                        containsString("<loc>https://www.harbour.example/privacy</loc>"),
                        containsString("<lastmod>"),
                        not(containsString("hidden-draft")))));
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Disallow: /search"),
                        containsString("Sitemap: https://www.harbour.example/sitemap.xml"))));
    }

    @Test
    void theContactAndPrivacyPagesComeFromTheClinicsProfile() throws Exception {
        givenTheClinic();

        mvc.perform(get("/contact"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<th scope=\"row\">Monday</th>"),
                        containsString("<td>09:00–17:30</td>"),
                        containsString("<td>Closed</td>"),
                        containsString("Closed on bank holidays."),
                        containsString("Take the <strong>number 7</strong> bus."),
                        containsString("Monday and Tuesday 09:00–17:30"))));
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We set no cookies.")));
    }

    @Test
    void searchShowsWhatTheVisitorTypedAsTextAndMarksTheMatches() throws Exception {
        givenTheClinic();
        publish("Stem Cell Therapy for Joint Pain", "Cells come from your own bone marrow.");
        entityManager.flush();  // search reads with SQL

        mvc.perform(get("/search").param("q", "marrow <b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(allOf(
                        containsString("value=\"marrow &lt;b&gt;x&lt;/b&gt;\""),
                        containsString("<mark>marrow</mark>"),
                        containsString("<meta name=\"robots\" content=\"noindex\">"),
                        not(containsString("<b>x</b>")))));
        mvc.perform(get("/search").param("q", "marow"))
                .andExpect(content().string(allOf(containsString("Showing results for “<strong>marrow</strong>”"),
                        containsString("href=\"/treatments/stem-cell-therapy-for-joint-pain\""))));
        mvc.perform(get("/search")).andExpect(status().isOk());
    }

    @Test
    void nonCanonicalAddressesRedirectPermanentlyToThePathOnThisSite() throws Exception {
        mvc.perform(get("/Treatments/Knee-Pain/?a=1"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/treatments/knee-pain?a=1"));
        // as a browser sends it (MockMvc would read "//elsewhere.example" in a URI template as a host)
        mvc.perform(get("/").with(request -> {
                    request.setRequestURI("//elsewhere.example/");
                    return request;
                }))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/elsewhere.example"));
        mvc.perform(get("/conditions/")).andExpect(header().string("Location", "/conditions"));
    }

    @Test
    void theErrorAddressIsNotAPage() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
    }

    private long publishTreatment(String title, String body) {
        long id = treatments.create(treatment(title, body)).id();
        treatments.publish(id);
        return id;
    }

    private String publishCondition(String name, String description) {
        String slug = conditions.create(new NewCondition(name, "About " + name, description, null, null));
        conditions.publish(slug);
        return slug;
    }

    private void givenTheClinic() {
        profile.save(new ClinicDetails("Harbour Test Clinic", "020 7946 0999", "desk@example.com", "1 Quay Street",
                "London", "E1 1AA", "United Kingdom", "Results vary from person to person. Ask your doctor.",
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 30)),
                        new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 30)),
                        new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(13, 0))),
                "Closed on bank holidays.", "Take the **number 7** bus.", "We set no cookies."));
    }

    private void publish(String title, String body) {
        treatments.publish(treatments.create(treatment(title, body)).id());
    }

    private static NewTreatment treatment(String title, String body) {
        return new NewTreatment(title, "About " + title, null, null,
                List.of(new TreatmentSection("What is it?", body)),
                List.of(new FaqEntry("Will it hurt?", "Only a little.")));
    }
}
