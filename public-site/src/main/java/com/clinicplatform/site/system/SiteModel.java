package com.clinicplatform.site.system;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.site.clinic.OpeningTimes;
import com.clinicplatform.site.pagecache.PageCache;
import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.system.ClinicProperties;

/**
 * What the layout of every page shows: the clinic's details ({@code clinic}) for header and footer, its {@code tel:}
 * link ({@code clinicTel}), its disclaimer ({@code disclaimerHtml}) and opening times ({@code openingTimes}), all
 * absent on an installation where nobody has written them yet; and the site's address ({@code siteUrl}) for
 * canonical links.
 */
// pages only (controllers), not the health and metrics endpoints, which must answer without the database
@ControllerAdvice(annotations = Controller.class)
public class SiteModel {

    private final ClinicProfileService profiles;
    private final MarkdownRenderer markdown;
    private final ClinicProperties settings;
    private final PageCache cache;

    SiteModel(ClinicProfileService profiles, MarkdownRenderer markdown, ClinicProperties settings, PageCache cache) {
        this.profiles = profiles;
        this.cache = cache;
        this.markdown = markdown;
        this.settings = settings;
    }

    /** What error pages say about themselves: each gives its own title; search engines should not index any. */
    static final PageMeta ERROR_PAGE = PageMeta.of("Page not available", null, "/").notIndexed();

    @ModelAttribute
    public void addLayout(Model model) {
        model.addAttribute("siteUrl", settings.publicUrl(""));
        model.addAttribute("errorMeta", ERROR_PAGE);
        model.addAttribute("ogLocale", settings.locale().toString());
        cache.derived("layout", this::layout).ifPresent(layout -> {
            model.addAttribute("clinic", layout.clinic());
            model.addAttribute("clinicTel", layout.clinicTel());
            model.addAttribute("disclaimerHtml", layout.disclaimerHtml());
            model.addAttribute("openingTimes", layout.openingTimes());
        });
    }

    private Optional<Layout> layout() {
        return profiles.details().map(clinic -> new Layout(clinic,
                PhoneNumbers.telUri(clinic.phone(), settings.locale()), markdown.toHtml(clinic.disclaimer()),
                OpeningTimes.of(clinic.openingHours(), settings.locale())));
    }

    /** The clinic's details as the layout shows them, worked out once per change of the content. */
    private record Layout(ClinicDetails clinic, String clinicTel, String disclaimerHtml, OpeningTimes openingTimes) {
    }
}
