package com.clinicplatform.site.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

@SpringBootTest(properties = {"clinic.page-cache.enabled=false", "clinic.inquiry.min-fill-seconds=3",
        "clinic.inquiry.rate-limit=2"})
@AutoConfigureMockMvc
@Transactional
@Import(MovableClockConfiguration.class)
class InquiryFormTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOCATION = Pattern.compile("/inquiry/sent\\?r=[A-Za-z0-9_.-]+");

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    TreatmentService treatments;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPublishedTreatment() {
        treatments.publish(treatments.create(new NewTreatment("Knee Injection", "About knees.", null, null,
                List.of(new TreatmentSection("What is it?", "An injection.")),
                List.of(new FaqEntry("Does it hurt?", "A little.")))).id());
    }

    @Test
    void theFormHasItsLabelsItsTokenAndTheTreatmentPreselectedAndSetsNoCookie() throws Exception {
        mvc.perform(get("/inquiry").param("treatment", "knee-injection"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(allOf(
                        containsString(">Full name</label>"), containsString(">Email address</label>"),
                        containsString(">Phone number</label>"), containsString("<legend>Preferred contact method"),
                        containsString(">By email</label>"), containsString(">By phone</label>"),
                        containsString(">Best time to reach you</label>"),
                        containsString(">Treatment you are interested in</label>"),
                        containsString(">Not sure yet</option>"), containsString(">Your message</label>"),
                        containsString("I agree to be contacted about my inquiry"), containsString("href=\"/privacy\""),
                        containsString(">Send request</button>"), containsString("name=\"_csrf\""),
                        containsString("<option value=\"knee-injection\" selected=\"selected\">Knee Injection"))));
    }

    @Test
    void aFilledInFormIsStoredOnceAndTheConfirmationShowsItsReference() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(30));

        String location = send(valid(token)).andExpect(status().isSeeOther())
                .andReturn().getResponse().getHeader("Location");
        String again = send(valid(token)).andReturn().getResponse().getHeader("Location");

        assertThat(location).matches(LOCATION.pattern());
        String page = mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("Your reference is <strong>INQ-2026-\\d{6}</strong>");
        assertThat(mvc.perform(get(again)).andReturn().getResponse().getContentAsString())
                .as("the same form sent twice is one inquiry")
                .contains(page.replaceAll("(?s).*(INQ-2026-\\d{6}).*", "$1"));
        assertThat(count("NEW")).isEqualTo(1);
    }

    @Test
    void mistakesAreShownNextToTheFieldsAndEverythingTypedIsKept() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(30));

        send(post("/inquiry").param("_csrf", token).param("fullName", "<b>Ada</b>").param("email", "not-an-email")
                .param("phone", "12").param("preferredContact", "PHONE").param("message", "x".repeat(2001))
                .param("treatment", "no-such-treatment"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Enter an email address like name@example.com"),
                        containsString("Enter a phone number we can call"),
                        containsString("Your message can be up to 2,000 characters"),
                        containsString("Choose a treatment from the list"),
                        containsString("Tick the box to agree that we may contact you about your inquiry"),
                        containsString("value=\"&lt;b&gt;Ada&lt;/b&gt;\""),
                        containsString("value=\"not-an-email\""),
                        not(containsString("<b>Ada</b>")))));
        send(post("/inquiry").param("_csrf", token).param("fullName", "Ada").param("preferredContact", "EMAIL")
                .param("consent", "true"))
                .andExpect(content().string(containsString("Enter an email address or a phone number")));
        send(post("/inquiry").param("_csrf", token).param("fullName", "Ada").param("phone", "020 7946 0321")
                .param("preferredContact", "EMAIL").param("consent", "true"))
                .andExpect(content().string(containsString("Enter your email address, or choose to be contacted by phone")));
        assertThat(count("NEW") + count("SPAM")).isZero();
    }

    @Test
    void aFormSentFasterThanAPersonCouldIsKeptAsSpamButLooksSent() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(1));

        send(valid(token)).andExpect(status().isSeeOther());

        assertThat(count("SPAM")).isEqualTo(1);
        assertThat(count("NEW")).isZero();
    }

    @Test
    void aFilledHoneypotIsKeptAsSpamButLooksSent() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(30));

        send(valid(token).param("website", "https://spam.example")).andExpect(status().isSeeOther());

        assertThat(count("SPAM")).isEqualTo(1);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedAndAForgedTokenIsNotAccepted() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(30));

        mvc.perform(valid(token).header("Origin", "https://elsewhere.example")).andExpect(status().isForbidden());
        mvc.perform(valid(token).header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
        mvc.perform(valid(token).header("Sec-Fetch-Site", "same-origin")).andExpect(status().isSeeOther());
        send(valid(token.substring(0, token.length() - 2) + "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please check your details and send them again")));
        assertThat(count("NEW")).as("only the same-origin one").isEqualTo(1);
    }

    @Test
    void aClientOverTheRateLimitKeepsWhatItTypedAndIsGivenThePhoneNumber() throws Exception {
        for (int i = 0; i < 2; i++) {
            send(valid(filledInToken()).with(from("198.51.100.7"))).andExpect(status().isSeeOther());
        }
        String token = filledInToken();

        send(valid(token).with(from("198.51.100.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(content().string(allOf(containsString("several requests from you in a short time"),
                        containsString("Could you tell me more?"), containsString("value=\"Ada Lovelace\""))));
        send(valid(token).with(from("198.51.100.8"))).andExpect(status().isSeeOther());
        clock.advance(Duration.ofMinutes(10));
        send(valid(filledInToken()).with(from("198.51.100.7"))).andExpect(status().isSeeOther());
        assertThat(count("NEW")).isEqualTo(4);
    }

    @Test
    void anOversizedRequestIsRefusedWith413() throws Exception {
        send(valid(filledInToken()).content("x".repeat(70_000)).contentType("application/x-www-form-urlencoded"))
                .andExpect(status().isPayloadTooLarge());
        assertThat(count("NEW")).isZero();
    }

    @Test
    void theConfirmationIsReachedOnlyThroughItsSignedLink() throws Exception {
        mvc.perform(get("/inquiry/sent").param("r", "INQ-2026-000001")).andExpect(status().isNotFound());
        mvc.perform(get("/inquiry/sent")).andExpect(status().isNotFound());
    }

    private String freshToken() throws Exception {
        String page = mvc.perform(get("/inquiry")).andReturn().getResponse().getContentAsString();
        var matcher = TOKEN.matcher(page);
        assertThat(matcher.find()).as("the form carries a token").isTrue();
        return matcher.group(1);
    }

    /** The token of a form shown and then filled in, as a person would, in half a minute. */
    private String filledInToken() throws Exception {
        String token = freshToken();
        clock.advance(Duration.ofSeconds(30));
        return token;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder valid(String token) {
        return post("/inquiry").param("_csrf", token).param("fullName", "Ada Lovelace")
                .param("email", "ada@example.com").param("phone", "020 7946 0321").param("preferredContact", "EMAIL")
                .param("bestTime", "Mornings").param("treatment", "knee-injection")
                .param("message", "Could you tell me more?").param("consent", "true");
    }

    /** As a browser sends the form from this site. */
    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Origin", "http://localhost"));
    }

    private long count(String status) {
        return jdbc.sql("select count(*) from inquiry where status = :status").param("status", status)
                .query(Long.class).single();
    }
}
