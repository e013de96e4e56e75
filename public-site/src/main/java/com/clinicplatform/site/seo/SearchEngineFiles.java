package com.clinicplatform.site.seo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.site.pagecache.CachedPage;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.ConditionLink;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.TreatmentLink;
import com.clinicplatform.treatment.TreatmentService;

/** {@code /sitemap.xml} and {@code /robots.txt}. */
@Controller
class SearchEngineFiles {

    private final TreatmentService treatments;
    private final ConditionService conditions;
    private final ClinicProfileService profile;
    private final ClinicProperties settings;

    SearchEngineFiles(TreatmentService treatments, ConditionService conditions, ClinicProfileService profile,
            ClinicProperties settings) {
        this.treatments = treatments;
        this.conditions = conditions;
        this.profile = profile;
        this.settings = settings;
    }

    /**
     * Every published page with the time its content last changed. A list page changed when any page it lists did;
     * the contact and privacy pages when the clinic's details did.
     */
    @CachedPage
    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String sitemap() {
        var treatmentPages = treatments.catalogue().treatments();
        var conditionPages = conditions.published();
        var clinicChanged = profile.updatedAt();
        var treatmentsChanged = latest(treatmentPages.stream().map(TreatmentLink::updatedAt));
        var conditionsChanged = latest(conditionPages.stream().map(ConditionLink::updatedAt));

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/", latest(Stream.of(clinicChanged, treatmentsChanged, conditionsChanged).flatMap(Optional::stream)));
        url(xml, "/treatments", latest(Stream.of(treatmentsChanged, conditionsChanged).flatMap(Optional::stream)));
        if (!conditionPages.isEmpty()) {
            url(xml, "/conditions", conditionsChanged);
        }
        treatmentPages.forEach(page -> url(xml, "/treatments/" + page.slug(), Optional.of(page.updatedAt())));
        conditionPages.forEach(page -> url(xml, "/conditions/" + page.slug(), Optional.of(page.updatedAt())));
        url(xml, "/contact", clinicChanged);
        url(xml, "/privacy", clinicChanged);
        return xml.append("</urlset>\n").toString();
    }

    /** Everything may be crawled except search results, which only repeat the pages themselves. */
    @CachedPage
    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return String.join("\n", List.of(
                "User-agent: *",
                "Disallow: /search",
                "",
                "Sitemap: " + settings.publicUrl("/sitemap.xml"),
                ""));
    }

    private void url(StringBuilder xml, String path, Optional<Instant> lastChanged) {
        xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(settings.publicUrl(path))).append("</loc>\n");
        lastChanged.ifPresent(time -> xml.append("    <lastmod>")
                .append(time.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>\n"));
        xml.append("  </url>\n");
    }

    private static Optional<Instant> latest(Stream<Instant> times) {
        return times.max(Comparator.naturalOrder());
    }
}
