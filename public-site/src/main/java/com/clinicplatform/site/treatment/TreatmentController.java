package com.clinicplatform.site.treatment;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.site.pagecache.CachedPage;
import com.clinicplatform.site.preview.PreviewPages;
import com.clinicplatform.site.seo.Crumb;
import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.site.seo.StructuredData;
import com.clinicplatform.site.system.PageNotFoundException;
import com.clinicplatform.treatment.TreatmentPage;
import com.clinicplatform.treatment.TreatmentService;

@Controller
class TreatmentController {

    private static final Crumb TREATMENTS = new Crumb("Treatments", "/treatments");

    private final TreatmentService treatments;
    private final PreviewPages previews;
    private final MarkdownRenderer markdown;
    private final StructuredData structuredData;

    TreatmentController(TreatmentService treatments, PreviewPages previews, MarkdownRenderer markdown,
            StructuredData structuredData) {
        this.treatments = treatments;
        this.previews = previews;
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

    /** A published page; an address a page had before answers with a permanent redirect to where it lives now. */
    @CachedPage
    @GetMapping("/treatments/{slug}")
    String treatment(@PathVariable String slug, Model model, HttpServletResponse response) {
        var page = treatments.publishedPage(slug);
        if (page.isEmpty()) {
            var movedTo = treatments.movedTo(slug).orElseThrow(PageNotFoundException::new);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, "/treatments/" + movedTo);
            return null;
        }
        return render(page.get(), model);
    }

    /**
     * A revision of a page exactly as it will look once published, to whoever holds a link the console signed, until
     * it expires. Never cached, never indexed.
     */
    @GetMapping("/preview/treatments")
    String preview(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var page = previews.open(token, treatments::preview, response);
        if (page.isEmpty()) {
            return previews.notAvailable("/preview/treatments", model, response);
        }
        render(page.get(), model);
        previews.mark(model);
        return "treatments/page";
    }

    private String render(TreatmentPage page, Model model) {
        String path = "/treatments/" + page.slug();
        var meta = PageMeta.ofPage(page.title(), page.searchTitle(), page.searchDescription(), path)
                .withBreadcrumbs(Crumb.HOME, TREATMENTS, new Crumb(page.title(), path))
                .with(structuredData.treatmentPage(page, path));
        if (!page.faqs().isEmpty()) {
            meta = meta.with(structuredData.faqPage(page.faqs(), path));
        }
        model.addAttribute("meta", meta);
        model.addAttribute("page", page);
        model.addAttribute("hero", page.hero().orElse(null));
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
