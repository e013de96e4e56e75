package com.clinicplatform.site.preview;

import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.clinicplatform.site.seo.PageMeta;

/**
 * What every preview shares, whatever the kind of page: the answer never cached or indexed, the
 * page marked as a preview, and a plain "not available" page for a link that has expired or was never signed here.
 */
@Component
public class PreviewPages {

    /** The page a token shows, when it is a valid token for it; the answer is never cached nor indexed. */
    public <T> Optional<T> open(String token, Function<String, Optional<T>> preview, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        return preview.apply(token);
    }

    /** Marks a page rendered into the model as a preview: a banner says so and search engines are kept away. */
    public void mark(Model model) {
        model.addAttribute("meta", ((PageMeta) model.getAttribute("meta")).notIndexed());
        model.addAttribute("preview", true);
    }

    public String notAvailable(String path, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("meta", PageMeta.of("Preview not available",
                "This preview link has expired or is not valid.", path).notIndexed());
        return "preview/not-available";
    }
}
