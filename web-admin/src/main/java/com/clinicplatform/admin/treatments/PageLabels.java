package com.clinicplatform.admin.treatments;

import com.vaadin.flow.component.html.Span;

import com.clinicplatform.treatment.PageState;
import com.clinicplatform.treatment.RevisionState;

/** The words and badges the console uses for where pages and their revisions stand. */
final class PageLabels {

    private PageLabels() {
    }

    static String of(PageState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }

    static String of(RevisionState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case AWAITING_APPROVAL -> "Waiting for approval";
            case SCHEDULED -> "Scheduled";
            case LIVE -> "Live";
            case SUPERSEDED -> "Earlier";
        };
    }

    static Span badge(PageState state) {
        return badge(of(state), state.name());
    }

    static Span badge(RevisionState state) {
        return badge(of(state), state.name());
    }

    private static Span badge(String text, String state) {
        var badge = new Span(text);
        badge.addClassName("state-badge");
        badge.getElement().setAttribute("data-state", state);
        return badge;
    }
}
