package com.clinicplatform.site.inquiry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.treatment.TreatmentService;

/**
 * Where "Request more information" leads. Until the inquiry form exists, it tells the visitor how to reach the
 * clinic directly, naming the treatment they came from.
 */
@Controller
class InquiryController {

    private final TreatmentService treatments;

    InquiryController(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @GetMapping("/inquiry")
    String inquiry(@RequestParam(name = "treatment", required = false) String slug, Model model) {
        if (slug != null) {
            treatments.publishedTitle(slug).ifPresent(title -> model.addAttribute("treatment", title));
        }
        model.addAttribute("meta", PageMeta.of("Request more information",
                "How to reach the clinic and ask about a treatment.", "/inquiry").notIndexed());
        return "inquiry/contact";
    }
}
