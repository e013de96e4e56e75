package com.clinicplatform.site.seo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.ConditionPage;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.TreatmentLink;
import com.clinicplatform.treatment.TreatmentPage;

/**
 * The schema.org JSON-LD of the site's pages: the clinic ({@code MedicalClinic}) on every page, with the page's own
 * nodes ({@code MedicalWebPage} about a therapy or a condition, {@code FAQPage}, {@code BreadcrumbList}) beside it.
 */
@Component
public class StructuredData {

    private static final String SCHEMA = "https://schema.org";

    private final ClinicProperties settings;
    private final MarkdownRenderer markdown;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> countryCodes = new ConcurrentHashMap<>();

    StructuredData(ClinicProperties settings, MarkdownRenderer markdown) {
        this.settings = settings;
        this.markdown = markdown;
    }

    /**
     * The JSON for the page's {@code <script type="application/ld+json">}. Every {@code <}, {@code >} and {@code &}
     * is written as a JSON escape, so no text an editor wrote can close the script element.
     */
    public String script(PageMeta page, ClinicDetails clinic) {
        var graph = new ArrayList<Map<String, Object>>();
        if (clinic != null) {
            graph.add(clinic(clinic));
        }
        graph.addAll(page.structuredData());
        if (!page.breadcrumbs().isEmpty()) {
            graph.add(breadcrumbs(page.breadcrumbs()));
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", SCHEMA);
        document.put("@graph", graph);
        return json.writeValueAsString(document)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** The site itself, with the search box search engines may offer. */
    public Map<String, Object> webSite(String name) {
        var site = node("WebSite");
        site.put("@id", url("/#website"));
        site.put("url", url("/"));
        site.put("name", name);
        site.put("potentialAction", Map.of(
                "@type", "SearchAction",
                "target", url("/search?q={search_term_string}"),
                "query-input", "required name=search_term_string"));
        return site;
    }

    public Map<String, Object> treatmentPage(TreatmentPage treatment, String path) {
        var therapy = node("MedicalTherapy");
        therapy.put("name", treatment.title());
        therapy.put("url", url(path));
        therapy.put("description", treatment.summary());
        var page = medicalWebPage(treatment.title(), treatment.searchDescription(), path, treatment.updatedAt());
        page.put("about", therapy);
        return page;
    }

    public Map<String, Object> conditionPage(ConditionPage condition, String path) {
        var about = node("MedicalCondition");
        about.put("name", condition.name());
        about.put("description", condition.summary());
        about.put("possibleTreatment", condition.treatments().stream().map(this::therapy).toList());
        var page = medicalWebPage(condition.name(), condition.searchDescription(), path, condition.updatedAt());
        page.put("about", about);
        return page;
    }

    /** The page's questions and answers, the answers as plain text. */
    public Map<String, Object> faqPage(List<FaqEntry> faqs, String path) {
        var page = node("FAQPage");
        page.put("@id", url(path) + "#faq");
        page.put("url", url(path));
        page.put("mainEntity", faqs.stream().map(faq -> {
            var question = node("Question");
            question.put("name", faq.question());
            question.put("acceptedAnswer", Map.of("@type", "Answer", "text", markdown.toPlainText(faq.answer())));
            return question;
        }).toList());
        return page;
    }

    private Map<String, Object> clinic(ClinicDetails details) {
        var clinic = node("MedicalClinic");
        clinic.put("@id", url("/#clinic"));
        clinic.put("name", details.name());
        clinic.put("url", url("/"));
        clinic.put("telephone", PhoneNumbers.telUri(details.phone(), settings.locale()).substring("tel:".length()));
        clinic.put("email", details.email());
        var address = node("PostalAddress");
        address.put("streetAddress", details.streetAddress());
        address.put("addressLocality", details.locality());
        address.put("postalCode", details.postalCode());
        address.put("addressCountry", countryCode(details.country()));
        clinic.put("address", address);
        if (!details.openingHours().isEmpty()) {
            clinic.put("openingHoursSpecification", details.openingHours().stream().map(hours -> {
                var specification = node("OpeningHoursSpecification");
                specification.put("dayOfWeek", SCHEMA + "/" + dayName(hours.day()));
                specification.put("opens", hours.opens().toString());
                specification.put("closes", hours.closes().toString());
                return specification;
            }).toList());
        }
        return clinic;
    }

    private Map<String, Object> breadcrumbs(List<Crumb> crumbs) {
        var list = node("BreadcrumbList");
        var items = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < crumbs.size(); i++) {
            var item = node("ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            item.put("item", url(crumbs.get(i).path()));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    private Map<String, Object> medicalWebPage(String name, String description, String path, Instant modified) {
        var page = node("MedicalWebPage");
        page.put("@id", url(path));
        page.put("url", url(path));
        page.put("name", name);
        page.put("description", description);
        page.put("inLanguage", settings.locale().toLanguageTag());
        page.put("dateModified", modified.truncatedTo(ChronoUnit.SECONDS).toString());
        page.put("publisher", Map.of("@id", url("/#clinic")));
        return page;
    }

    private Map<String, Object> therapy(TreatmentLink treatment) {
        var therapy = node("MedicalTherapy");
        therapy.put("name", treatment.title());
        therapy.put("url", url("/treatments/" + treatment.slug()));
        return therapy;
    }

    private String url(String path) {
        return settings.publicUrl(path);
    }

    /** The ISO 3166 code search engines prefer ("GB" for "United Kingdom"), or the name when none matches. */
    private String countryCode(String country) {
        return countryCodes.computeIfAbsent(country, StructuredData::findCountryCode);
    }

    private static String findCountryCode(String country) {
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> code.equalsIgnoreCase(country.strip())
                        || Locale.of("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country.strip()))
                .findFirst()
                .orElse(country);
    }

    private static Map<String, Object> node(String type) {
        var node = new LinkedHashMap<String, Object>();
        node.put("@type", type);
        return node;
    }

    private static String dayName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
