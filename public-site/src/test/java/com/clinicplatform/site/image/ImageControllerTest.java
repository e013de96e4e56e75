package com.clinicplatform.site.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.StoredImage;
import com.clinicplatform.image.Variant;
import com.clinicplatform.testsupport.TestPictures;

/**
 * Page images as browsers fetch them, and the hero fragment that asks for them. The images are stored through
 * core's service (public-site switches no method security on, so its EDITOR rule does not apply in this context)
 * and committed, as the console would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImageControllerTest {

    private static StoredImage photo;
    private static StoredImage drawing;

    @Autowired
    MockMvc mvc;

    @Autowired
    PageImages images;

    @Autowired
    SpringTemplateEngine templates;

    @BeforeEach
    void twoStoredImages() {
        if (photo == null) {
            photo = images.upload(TestPictures.jpeg(2400, 1200));
            drawing = images.upload(TestPictures.transparentPng(1300, 650));
        }
    }

    @Test
    void bothSizesAreServedWithTheirTypeYearLongCachingAValidatorAndNoCookie() throws Exception {
        for (var size : Variant.values()) {
            String path = "/images/" + photo.key() + "/" + size.name().toLowerCase();
            byte[] stored = images.variant(photo.key(), size).orElseThrow().bytes();

            var answer = perform(get(path));

            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getContentType()).isEqualTo("image/jpeg");
            assertThat(answer.getContentAsByteArray()).isEqualTo(stored);
            assertThat(answer.getHeader("Content-Length")).isEqualTo(Integer.toString(stored.length));
            assertThat(answer.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
            assertThat(answer.getHeader("ETag")).isEqualTo("\"" + photo.key() + "-" + size.name().toLowerCase() + "\"");
            assertThat(answer.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(answer.getHeader("Set-Cookie")).isNull();
            assertThat(answer.getCookies()).isEmpty();
        }
    }

    @Test
    void aPngIsServedAsAPng() throws Exception {
        var answer = perform(get("/images/" + drawing.key() + "/large"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).isEqualTo("image/png");
        assertThat(answer.getContentAsByteArray())
                .isEqualTo(images.variant(drawing.key(), Variant.LARGE).orElseThrow().bytes());
    }

    @Test
    void aBrowserHoldingTheImageIsToldItIsStillCurrent() throws Exception {
        String path = "/images/" + photo.key() + "/small";
        String etag = perform(get(path)).getHeader("ETag");

        var revalidated = perform(get(path).header("If-None-Match", etag));

        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getContentAsByteArray()).isEmpty();
        assertThat(perform(get(path).header("If-None-Match", "\"something-else\"")).getStatus()).isEqualTo(200);
    }

    @Test
    void aHeadGivesTheSameHeadersWithoutTheBody() throws Exception {
        String path = "/images/" + photo.key() + "/large";
        var get = perform(get(path));

        var head = perform(head(path));

        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentAsByteArray().length).as("bytes in the HEAD's body").isZero();
        for (String header : List.of("Content-Type", "Content-Length", "Cache-Control", "ETag",
                "X-Content-Type-Options")) {
            assertThat(head.getHeader(header)).as(header).isNotNull().isEqualTo(get.getHeader(header));
        }
        assertThat(head.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void unknownKeysSizesAndMalformedAddressesAreTheSitesNotFoundPage() throws Exception {
        String key = photo.key();
        for (String path : List.of("/images/abcdefghijklmnopqrstuvwxyz/large", "/images/" + key + "/medium",
                "/images/" + key + "/original", "/images/" + key, "/images/" + key + "/large/more",
                "/images/" + key.substring(1) + "/small", "/images/" + "a".repeat(40) + "/large",
                "/images/ab_cd/large", "/images/ab.cd/small", "/images")) {
            var answer = perform(get(path));

            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentType()).as(path).startsWith("text/html");
            assertThat(answer.getContentAsString()).as(path).contains("We could not find that page");
            assertThat(answer.getHeader("Cache-Control")).as(path).isNotEqualTo(ImageController.CACHE_FOREVER);
            assertThat(answer.getHeader("Set-Cookie")).as(path).isNull();
        }
    }

    @Test
    void anAddressInCapitalsIsRedirectedToTheLowerCaseOne() throws Exception {
        var answer = perform(get("/images/" + photo.key().toUpperCase() + "/Large"));

        assertThat(answer.getStatus()).isEqualTo(301);
        assertThat(answer.getHeader("Location")).isEqualTo("/images/" + photo.key() + "/large");
    }

    @Test
    void theHeroFragmentOffersBothSizesAtTheirRealWidthsAndHoldsItsPlace() {
        String html = renderHero(photo, "A clinician <b>preparing</b> an injection");

        assertThat(html).contains("<img ", "class=\"hero\"",
                "src=\"/images/" + photo.key() + "/large\"",
                "srcset=\"/images/" + photo.key() + "/small 800w, /images/" + photo.key() + "/large 1600w\"",
                "sizes=\"(min-width: 64rem) 62rem, calc(100vw - 2rem)\"",
                "width=\"1600\"", "height=\"800\"",
                "alt=\"A clinician &lt;b&gt;preparing&lt;/b&gt; an injection\"",
                "decoding=\"async\"", "fetchpriority=\"high\"");
        assertThat(renderHero(drawing, "A drawing")).contains(
                "srcset=\"/images/" + drawing.key() + "/small 800w, /images/" + drawing.key() + "/large 1300w\"",
                "width=\"1300\"", "height=\"650\"");
    }

    @Test
    void withoutAnImageTheFragmentShowsNothing() {
        assertThat(renderHero(null, "Nothing")).doesNotContain("<img");
    }

    private String renderHero(StoredImage image, String alt) {
        var servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext, "GET", "/treatments/x"),
                        new MockHttpServletResponse());
        var context = new WebContext(exchange);
        context.setVariable("image", image);
        context.setVariable("alt", alt);
        return templates.process("fragments", Set.of("hero"), context);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
