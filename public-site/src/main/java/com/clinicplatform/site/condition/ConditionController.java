package com.clinicplatform.site.condition;

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
import com.clinicplatform.treatment.ConditionService;

@Controller
class ConditionController {

    private static final Crumb CONDITIONS = new Crumb("Conditions", "/conditions");

    private final ConditionService conditions;
    private final MarkdownRenderer markdown;
    private final StructuredData structuredData;

    ConditionController(ConditionService conditions, MarkdownRenderer markdown, StructuredData structuredData) {
        this.conditions = conditions;
        this.markdown = markdown;
        this.structuredData = structuredData;
    }

    @CachedPage
    @GetMapping("/conditions")
    String conditions(Model model) {
        model.addAttribute("conditions", conditions.published());
        model.addAttribute("meta", PageMeta.of("Conditions we treat", "Joint, tendon and autoimmune conditions: what "
                + "each one is, how it is usually managed, and which of our treatments may help.", "/conditions")
                .withBreadcrumbs(Crumb.HOME, CONDITIONS));
        return "conditions/index";
    }

    @CachedPage
    @GetMapping("/conditions/{slug}")
    String condition(@PathVariable String slug, Model model) {
        var page = conditions.publishedPage(slug).orElseThrow(PageNotFoundException::new);
        String path = "/conditions/" + page.slug();
        model.addAttribute("meta", PageMeta.ofPage(page.name(), page.searchTitle(), page.searchDescription(), path)
                .withBreadcrumbs(Crumb.HOME, CONDITIONS, new Crumb(page.name(), path))
                .with(structuredData.conditionPage(page, path)));
        model.addAttribute("page", page);
        model.addAttribute("descriptionHtml", markdown.toHtml(page.description(), MarkdownRenderer.PAGE_HEADINGS));
        return "conditions/page";
    }
}
