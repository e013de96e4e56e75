package com.clinicplatform.admin.patients;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;

import com.clinicplatform.course.CourseHistory;

/** Placeholder until the chart lands. */
final class OutcomeChart {

    private OutcomeChart() {
    }

    static Optional<Component> of(List<CourseHistory> histories, Locale locale) {
        return Optional.empty();
    }
}
