package com.clinicplatform.site.treatment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.site.pagecache.CachedPage;
import com.clinicplatform.site.seo.Crumb;
import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.site.seo.StructuredData;
import com.clinicplatform.site.system.PageNotFoundException;
import com.clinicplatform.treatment.TreatmentService;

@Controller
class TreatmentController {

    private static final Crumb TREATMENTS = new Crumb("Treatments", "/treatments");

    private final TreatmentService treatments;
    private final MarkdownRenderer markdown;
    private final StructuredData structuredData;

    TreatmentController(TreatmentService treatments, MarkdownRenderer markdown, StructuredData structuredData) {
        this.treatments = treatments;
        this.markdown = markdown;
        this.structuredData = structuredData;
    }

    @CachedPage
    @GetMapping("/treatments")
    String catalogue(Model model) {
        model.addAttribute("catalogue", treatments.catalogue());
        model.addAttribute("meta", PageMeta.of("Treatments", "Every treatment we offer, grouped by the condition it "
                + "addresses: what it is, how it works, who it may suit and what recovery looks like.", "/treatments")
                .withBreadcrumbs(Crumb.HOME, TREATMENTS));
        return "treatments/catalogue";
    }

    @CachedPage
    @GetMapping("/treatments/{slug}")
    String treatment(@PathVariable String slug, Model model) {
        var page = treatments.publishedPage(slug).orElseThrow(PageNotFoundException::new);
        String path = "/treatments/" + page.slug();
        var meta = PageMeta.ofPage(page.title(), page.searchTitle(), page.searchDescription(), path)
                .withBreadcrumbs(Crumb.HOME, TREATMENTS, new Crumb(page.title(), path))
                .with(structuredData.treatmentPage(page, path));
        if (!page.faqs().isEmpty()) {
            meta = meta.with(structuredData.faqPage(page.faqs(), path));
        }
        model.addAttribute("meta", meta);
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
