package com.clinicplatform.site.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.ClinicProperties;

/**
 * What the layout of every page shows: the clinic's details ({@code clinic}) for header and footer, its {@code tel:}
 * link ({@code clinicTel}) and its disclaimer ({@code disclaimerHtml}). Both are absent on an installation where nobody has written them yet.
 */
// pages only (controllers), not the health and metrics endpoints, which must answer without the database
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final ClinicProfileService profiles;
    private final MarkdownRenderer markdown;
    private final ClinicProperties settings;

    SiteModel(ClinicProfileService profiles, MarkdownRenderer markdown, ClinicProperties settings) {
        this.profiles = profiles;
        this.markdown = markdown;
        this.settings = settings;
    }

    @ModelAttribute
    void addLayout(Model model) {
        profiles.details().ifPresent(clinic -> {
            model.addAttribute("clinic", clinic);
            model.addAttribute("clinicTel", PhoneNumbers.telUri(clinic.phone(), settings.locale()));
            model.addAttribute("disclaimerHtml", markdown.toHtml(clinic.disclaimer()));
        });
    }
}
