package com.clinicplatform.site.image;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.Variant;
import com.clinicplatform.site.system.PageNotFoundException;

/**
 * One size of a page image. Addresses are lower case, as every address on the site is (the canonical path filter
 * redirects any other spelling); an unknown key or size is the site's ordinary "not found" page.
 */
@Controller
class ImageController {

    /** An image is never changed: a browser or proxy may keep it for a year without asking again. */
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final PageImages images;

    ImageController(PageImages images) {
        this.images = images;
    }

    /** Also answers HEAD (Spring MVC maps it to GET): the same headers, no body. */
    @GetMapping("/images/{key}/{size}")
    ResponseEntity<byte[]> image(@PathVariable String key, @PathVariable String size, HttpMethod method) {
        var variant = switch (size) {
            case "large" -> Variant.LARGE;
            case "small" -> Variant.SMALL;
            default -> throw new PageNotFoundException();
        };
        var file = images.variant(key, variant).orElseThrow(PageNotFoundException::new);
        var answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.bytes().length)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
                // the key names one picture for ever, so it is a strong validator for its bytes
                .eTag("\"" + key + "-" + size + "\"")
                // a browser must take it as the image type it is said to be, never guess another from the bytes
                .header("X-Content-Type-Options", "nosniff");
        return method == HttpMethod.HEAD ? answer.build() : answer.body(file.bytes());
    }
}
