package com.clinicplatform.site.treatment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.site.system.PageNotFoundException;
import com.clinicplatform.treatment.TreatmentService;

@Controller
class TreatmentController {

    private final TreatmentService treatments;
    private final MarkdownRenderer markdown;

    TreatmentController(TreatmentService treatments, MarkdownRenderer markdown) {
        this.treatments = treatments;
        this.markdown = markdown;
    }

    @GetMapping("/treatments/{slug}")
    String treatment(@PathVariable String slug, Model model) {
        var page = treatments.publishedPage(slug).orElseThrow(PageNotFoundException::new);
        model.addAttribute("page", page);
        model.addAttribute("sections", page.sections().stream()
                .map(section -> new RenderedText(section.heading(), markdown.toHtml(section.body()))).toList());
        model.addAttribute("faqs", page.faqs().stream()
                .map(faq -> new RenderedText(faq.question(), markdown.toHtml(faq.answer()))).toList());
        return "treatments/page";
    }

    /** A heading (plain text, escaped by the template) with its Markdown already rendered to safe HTML. */
    record RenderedText(String heading, String html) {
    }
}
