package com.clinicplatform.admin.treatments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import com.clinicplatform.image.ImageRefusedException;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.Variant;

/**
 * A page's hero image, chosen by uploading a picture: the value is the stored image's key, empty for no image. The
 * current image shows as a thumbnail (its small size, served by the console itself, so an image of a page not yet
 * published is seen only by signed-in staff). An upload the service refuses leaves the previous image in place and
 * shows the service's reason as the field's error.
 */
public class HeroImageField extends CustomField<String> {

    static final String REQUIREMENTS = "A JPEG or PNG picture, at least 1200 × 600 pixels, at most 10 MB.";

    private final PageImages images;
    private final Image thumbnail = new Image();
    private final Span noImage = new Span("No hero image");
    private final Upload upload;
    private final Button remove = new Button("Remove image");
    /** The key shown, which is the field's value; null for no image. */
    private String key;

    public HeroImageField(PageImages images) {
        this.images = images;
        setLabel("Hero image");
        setHelperText(REQUIREMENTS);
        addClassName("hero-image-field");

        thumbnail.addClassName("hero-image-thumbnail");
        thumbnail.setAlt("The page's hero image, in its small size");
        noImage.addClassName("hero-image-none");

        // The bytes are read without the session's lock; InMemoryUploadHandler then hands them over inside
        // ui.access(...), so receive() may change this field's components.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(bytes)));
        upload.setAcceptedMimeTypes("image/jpeg", "image/png");
        upload.setMaxFileSize(PageImages.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Upload a picture…"));
        // what the browser itself turns away (too large, not a JPEG or PNG) is said in the field, as the server's
        // own refusals are
        upload.addFileRejectedListener(event -> refuse(REQUIREMENTS));

        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(event -> {
            show(null);
            setInvalid(false);
            updateValue();
        });

        var controls = new Div(upload, remove);
        controls.addClassName("hero-image-controls");
        add(new Div(thumbnail, noImage), controls);
        show(null);
    }

    /**
     * A picture uploaded: stored (checked and resized by {@link PageImages#upload}) and made the value, or refused
     * with the service's reason while the previous image stays. Called by the upload handler, holding the UI's lock.
     */
    void receive(byte[] bytes) {
        upload.clearFileList();
        try {
            var stored = images.upload(bytes);
            setInvalid(false);
            show(stored.key());
            updateValue();
        } catch (ImageRefusedException refused) {
            refuse(refused.getMessage());
        }
    }

    @Override
    protected String generateModelValue() {
        return key;
    }

    @Override
    protected void setPresentationValue(String newKey) {
        show(newKey);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        show(key);
    }

    private void refuse(String message) {
        upload.clearFileList();
        setErrorMessage(message);
        setInvalid(true);
    }

    private void show(String newKey) {
        key = newKey == null || newKey.isBlank() ? null : newKey;
        boolean hasImage = key != null;
        if (hasImage) {
            thumbnail.setSrc(smallSizeOf(key));
        } else {
            thumbnail.getElement().removeAttribute("src");
        }
        thumbnail.setVisible(hasImage);
        noImage.setVisible(!hasImage);
        upload.setVisible(!isReadOnly());
        remove.setVisible(hasImage && !isReadOnly());
    }

    /** The image's small size, read from the database when the browser asks for it (outside the UI's lock). */
    private DownloadHandler smallSizeOf(String imageKey) {
        return event -> {
            var file = images.variant(imageKey, Variant.SMALL);
            if (file.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setContentType(file.get().mediaType());
            event.setContentLength(file.get().bytes().length);
            try (var out = event.getOutputStream()) {
                out.write(file.get().bytes());
            }
        };
    }
}
