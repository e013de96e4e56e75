package com.clinicplatform.site.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicplatform.search.SiteSearch;
import com.clinicplatform.site.seo.PageMeta;

/** Not cached: every query is different. Results are for people, so search engines are asked not to index them. */
@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        var results = search.search(query);
        model.addAttribute("results", results);
        model.addAttribute("meta", PageMeta.of(results.query().isEmpty() ? "Search"
                : "Search results for “" + results.query() + "”", null, "/search").notIndexed());
        return "search/results";
    }
}
