package com.clinicplatform.image;

/**
 * An image as a page refers to it: its key (the address part) and the sizes of its two variants, which a page's
 * {@code srcset} offers to the browser.
 */
public record StoredImage(long id, String key, String mediaType, int width, int height, int smallWidth,
        int smallHeight) {
}
