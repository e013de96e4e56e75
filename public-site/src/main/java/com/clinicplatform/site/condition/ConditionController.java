package com.clinicplatform.site.condition;

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
import com.clinicplatform.treatment.ConditionPage;
import com.clinicplatform.treatment.ConditionService;

@Controller
class ConditionController {

    private static final Crumb CONDITIONS = new Crumb("Conditions", "/conditions");

    private final ConditionService conditions;
    private final PreviewPages previews;
    private final MarkdownRenderer markdown;
    private final StructuredData structuredData;

    ConditionController(ConditionService conditions, PreviewPages previews, MarkdownRenderer markdown,
            StructuredData structuredData) {
        this.conditions = conditions;
        this.previews = previews;
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

    /** A published page; an address a page had before answers with a permanent redirect to where it lives now. */
    @CachedPage
    @GetMapping("/conditions/{slug}")
    String condition(@PathVariable String slug, Model model, HttpServletResponse response) {
        var page = conditions.publishedPage(slug);
        if (page.isEmpty()) {
            var movedTo = conditions.movedTo(slug).orElseThrow(PageNotFoundException::new);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, "/conditions/" + movedTo);
            return null;
        }
        return render(page.get(), model);
    }

    /** A revision of a condition page as it will look once published, to whoever holds a link the console signed. */
    @GetMapping("/preview/conditions")
    String preview(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var page = previews.open(token, conditions::preview, response);
        if (page.isEmpty()) {
            return previews.notAvailable("/preview/conditions", model, response);
        }
        render(page.get(), model);
        previews.mark(model);
        return "conditions/page";
    }

    private String render(ConditionPage page, Model model) {
        String path = "/conditions/" + page.slug();
        model.addAttribute("meta", PageMeta.ofPage(page.name(), page.searchTitle(), page.searchDescription(), path)
                .withBreadcrumbs(Crumb.HOME, CONDITIONS, new Crumb(page.name(), path))
                .with(structuredData.conditionPage(page, path)));
        model.addAttribute("page", page);
        model.addAttribute("hero", page.hero().orElse(null));
        model.addAttribute("descriptionHtml", markdown.toHtml(page.description(), MarkdownRenderer.PAGE_HEADINGS));
        return "conditions/page";
    }
}
