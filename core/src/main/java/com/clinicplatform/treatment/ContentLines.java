package com.clinicplatform.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A revision's content as lines of text, labelled as an editor would name each part, so two revisions compare line by
 * line into a diff a person can read.
 */
final class ContentLines {

    private ContentLines() {
    }

    /** What every kind of page has, after its heading and address. */
    static List<String> common(PageContent<?> content) {
        return List.of(
                "Summary: " + content.summary(),
                "Search engine title: " + blankIfNull(content.seoTitle()),
                "Search engine description: " + blankIfNull(content.seoDescription()),
                "Picture: " + (content.hero() == null ? "none"
                        : content.hero().imageKey() + " — " + content.hero().alt()));
    }

    static List<String> of(TreatmentContent content, Map<Long, String> conditionNames) {
        var lines = new ArrayList<String>();
        lines.add("Title: " + content.title());
        lines.add("Address: /treatments/" + content.slug());
        lines.addAll(common(content));
        lines.add("Conditions: " + String.join(", ", content.conditionIds().stream()
                .map(id -> conditionNames.getOrDefault(id, "(a condition since deleted)")).toList()));
        for (var section : content.sections()) {
            lines.add("");
            lines.add("Section: " + section.heading());
            lines.addAll(section.body().lines().toList());
        }
        for (var faq : content.faqs()) {
            lines.add("");
            lines.add("Question: " + faq.question());
            lines.addAll(faq.answer().lines().toList());
        }
        return lines;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
