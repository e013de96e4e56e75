package com.clinicplatform.site.clinic;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.site.pagecache.CachedPage;
import com.clinicplatform.site.seo.Crumb;
import com.clinicplatform.site.seo.PageMeta;

/** {@code /contact} and {@code /privacy}, written from the clinic's profile. */
@Controller
class ClinicPagesController {

    private final ClinicProfileService profile;
    private final MarkdownRenderer markdown;

    ClinicPagesController(ClinicProfileService profile, MarkdownRenderer markdown) {
        this.profile = profile;
        this.markdown = markdown;
    }

    @CachedPage
    @GetMapping("/contact")
    String contact(Model model) {
        var clinic = profile.details();
        model.addAttribute("directionsHtml",
                clinic.map(details -> markdown.toHtml(details.directions(), MarkdownRenderer.SECTION_HEADINGS))
                        .orElse(""));
        model.addAttribute("meta", PageMeta.of("Contact and opening hours", clinic
                        .map(details -> "Phone, email, address, opening hours and directions for " + details.name()
                                + ", " + details.locality() + ".")
                        .orElse("How to reach the clinic."), "/contact")
                .withBreadcrumbs(Crumb.HOME, new Crumb("Contact and opening hours", "/contact")));
        return "clinic/contact";
    }

    @CachedPage
    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("privacyHtml", profile.details()
                .map(details -> markdown.toHtml(details.privacyNotice(), MarkdownRenderer.PAGE_HEADINGS)).orElse(""));
        model.addAttribute("meta", PageMeta.of("Privacy notice", "How the clinic handles the personal information you "
                + "give it through this website, how long it keeps it, and your rights.", "/privacy")
                .withBreadcrumbs(Crumb.HOME, new Crumb("Privacy notice", "/privacy")));
        return "clinic/privacy";
    }
}
