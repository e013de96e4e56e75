package com.clinicplatform.admin.treatments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.Variant;
import com.clinicplatform.testsupport.TestPictures;

/** The hero image field as an editor uses it: pictures uploaded through the Upload, refused ones, removal. */
@SpringBootTest
@WithMockUser(username = "hero.editor", roles = "EDITOR")
class HeroImageFieldTest extends SpringBrowserlessTest {

    @Autowired
    PageImages images;

    @Autowired
    AuditTrail audit;

    @Autowired
    MultipartConfigElement multipart;

    private HeroImageField field;
    private final List<ComponentValueChangeEvent<CustomField<String>, String>> changes = new ArrayList<>();

    @BeforeEach
    void aFieldOnTheScreen() {
        field = new HeroImageField(images);
        field.addValueChangeListener(changes::add);
        UI.getCurrent().add(field);
    }

    @Test
    void anUploadedPictureBecomesTheValueAndItsThumbnailIsServedByTheConsole() throws IOException {
        upload("knee.jpg", "image/jpeg", TestPictures.jpeg(1600, 900));

        String key = field.getValue();
        assertThat(key).matches("[a-z0-9]{26}");
        var stored = images.byKey(key).orElseThrow();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getValue()).isEqualTo(key);
            assertThat(change.getOldValue()).isNull();
            assertThat(change.isFromClient()).isTrue();
        });
        assertThat(field.isInvalid()).isFalse();
        assertThat(thumbnail().isVisible()).isTrue();
        // the console's own address for it, not the public site's /images/…
        assertThat(thumbnail().getSrc()).startsWith("VAADIN/dynamic/resource/");
        assertThat(thumbnailBytes()).isEqualTo(images.variant(key, Variant.SMALL).orElseThrow().bytes());
        assertThat(removeButton().isVisible()).isTrue();
        assertThat(audit.history(PageImages.AUDIT_TARGET, stored.id())).extracting(AuditEvent::actorUsername)
                .containsExactly("hero.editor");
    }

    @Test
    void aRefusedPictureIsExplainedInTheFieldAndThePreviousImageStays() {
        String previous = images.upload(TestPictures.jpeg(1200, 600)).key();
        field.setValue(previous);
        changes.clear();

        upload("notes.jpg", "image/jpeg", "Not a picture, whatever its name says".getBytes(StandardCharsets.UTF_8));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Choose a JPEG or PNG picture.");
        assertThat(field.getValue()).isEqualTo(previous);
        assertThat(changes).isEmpty();
        assertThat(thumbnail().isVisible()).isTrue();

        upload("small.png", "image/png", TestPictures.transparentPng(800, 400));

        assertThat(field.getErrorMessage())
                .isEqualTo("The picture is too small: at least 1200 × 600 pixels (this one is 800 × 400).");
        assertThat(field.getValue()).isEqualTo(previous);
        assertThat(changes).isEmpty();

        upload("wide.png", "image/png", TestPictures.transparentPng(1400, 700));

        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getValue()).isNotEqualTo(previous).matches("[a-z0-9]{26}");
        assertThat(images.byKey(field.getValue()).orElseThrow().mediaType()).isEqualTo("image/png");
        assertThat(changes).hasSize(1);
    }

    @Test
    void aFileTheBrowserTurnsAwayIsExplainedInTheFieldToo() {
        var upload = find(Upload.class).single();

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "huge.jpg"));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(HeroImageField.REQUIREMENTS);
    }

    @Test
    void removingTheImageEmptiesTheField() {
        String key = images.upload(TestPictures.jpeg(1200, 600)).key();
        field.setValue(key);
        changes.clear();
        var image = thumbnail();

        test(removeButton()).click();

        assertThat(field.getValue()).isNull();
        assertThat(field.isEmpty()).isTrue();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getOldValue()).isEqualTo(key);
            assertThat(change.isFromClient()).isTrue();
        });
        assertThat(find(Image.class).exists()).as("a thumbnail on screen").isFalse();
        assertThat(image.getElement().hasAttribute("src")).as("an address the thumbnail still loads").isFalse();
        assertThat(find(Button.class).withText("Remove image").exists()).isFalse();
        assertThat(find(Span.class).withText("No hero image").exists()).isTrue();
    }

    @Test
    void theUploadTakesOneJpegOrPngOfAtMostTenMegabytesAndTheConsoleLetsSuchAFileThrough() {
        var upload = find(Upload.class).single();

        assertThat(upload.getAcceptedMimeTypes()).containsExactly("image/jpeg", "image/png");
        assertThat(upload.getElement().getProperty("accept")).isEqualTo("image/jpeg,image/png");
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024).isEqualTo(PageImages.MAX_UPLOAD_BYTES);
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        // an upload reaches Vaadin through Spring MVC, which parses it first with these limits (1 MB by default)
        assertThat(multipart.getMaxFileSize()).isGreaterThanOrEqualTo(PageImages.MAX_UPLOAD_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(PageImages.MAX_UPLOAD_BYTES);
    }

    @Test
    void aReadOnlyFieldShowsTheImageButOffersNoChange() {
        field.setValue(images.upload(TestPictures.jpeg(1200, 600)).key());

        field.setReadOnly(true);

        assertThat(thumbnail().isVisible()).isTrue();
        assertThat(find(Upload.class).exists()).isFalse();
        assertThat(find(Button.class).withText("Remove image").exists()).isFalse();
    }

    private void upload(String fileName, String mediaType, byte[] bytes) {
        test(find(Upload.class).single()).upload(fileName, mediaType, bytes);
    }

    private Image thumbnail() {
        return find(Image.class).withClassName("hero-image-thumbnail").single();
    }

    private Button removeButton() {
        return find(Button.class).withText("Remove image").single();
    }

    /** What the browser gets when it loads the thumbnail: the download handler behind its address, run. */
    private byte[] thumbnailBytes() throws IOException {
        var element = thumbnail().getElement();
        var resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class,
                        URI.create(element.getAttribute("src")))
                .orElseThrow();
        var response = new MockHttpServletResponse();
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()),
                VaadinSession.getCurrent(), element));
        assertThat(response.getContentType()).isEqualTo("image/jpeg");
        return response.getContentAsByteArray();
    }
}
