package com.clinicplatform.admin.dashboard;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.inquiries.InquiryListView;
import com.clinicplatform.admin.patients.FollowUpListView;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.course.FollowUpQueue;
import com.clinicplatform.course.OutcomeFigures;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.course.TreatmentOutcome;
import com.clinicplatform.inquiry.InquiryFigures;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.treatment.TreatmentService;

/**
 * Where everyone lands: a greeting and, for each area this account may open, what waits there. Staff see the week's
 * inquiries, how many become patients, the follow-ups to call, and per treatment whether it helped and how often it
 * harmed; all counted afresh on every visit.
 */
@Route("")
@PageTitle("Dashboard – Clinic console")
@PermitAll
public class DashboardView extends Main {

    final Grid<TreatmentOutcome> outcomes = new Grid<>();

    DashboardView(CurrentUser currentUser, TreatmentService treatments, InquiryInbox inquiries,
            TreatmentCourses courses, OutcomeFigures figures, ConsoleFormats formats,
            AccessAnnotationChecker access) {
        addClassName("view-page");
        var name = currentUser.account().map(account -> account.fullName()).orElse("");
        add(new H1("Welcome, " + name));
        if (access.hasAccess(InquiryListView.class)) {
            long waiting = inquiries.newCount();
            var line = new Paragraph(waiting == 0 ? "No new inquiries are waiting. "
                    : waiting == 1 ? "1 new inquiry is waiting for someone to pick it up. "
                    : waiting + " new inquiries are waiting for someone to pick them up. ");
            line.add(new RouterLink("Open the inbox", InquiryListView.class));
            add(line);
        }
        if (access.hasAccess(FollowUpListView.class)) {
            add(staffFigures(inquiries.figures(), courses, formats), outcomeTable(figures.perTreatment(), formats));
        }
        long published = treatments.countPublished();
        add(new Paragraph(published == 1 ? "1 treatment page is published on the website."
                : published + " treatment pages are published on the website."));
    }

    private static Component staffFigures(InquiryFigures inquiries, TreatmentCourses courses,
            ConsoleFormats formats) {
        var percent = NumberFormat.getPercentInstance(formats.locale());
        var count = NumberFormat.getIntegerInstance(formats.locale());
        var tiles = new Div(
                tile("New inquiries this week", count.format(inquiries.thisWeek()), "since Monday, spam left out"),
                tile("Inquiries that became patients", percent.format(inquiries.conversionRate()),
                        count.format(inquiries.converted()) + " of " + count.format(inquiries.received())
                                + " in the last "
                                + InquiryFigures.CONVERSION_DAYS + " days"),
                tile("Follow-ups due", count.format(courses.count(FollowUpQueue.DUE)),
                        "due today or in the last 14 days"),
                tile("Follow-ups missed", count.format(courses.count(FollowUpQueue.MISSED)),
                        "not done within 14 days of their date"));
        tiles.addClassName("figure-tiles");
        var link = new RouterLink("Open the follow-ups", FollowUpListView.class);
        return new Div(tiles, new Paragraph(link));
    }

    private static Component tile(String label, String figure, String explanation) {
        var number = new Span(figure);
        number.addClassName("figure-number");
        var what = new Span(label);
        what.addClassName("figure-label");
        var how = new Span(explanation);
        how.addClassName("figure-note");
        var tile = new Div(what, number, how);
        tile.addClassName("figure-tile");
        return tile;
    }

    private Component outcomeTable(List<TreatmentOutcome> rows, ConsoleFormats formats) {
        var decimal = NumberFormat.getNumberInstance(formats.locale());
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        var percent = NumberFormat.getPercentInstance(formats.locale());
        percent.setMaximumFractionDigits(1);
        var count = NumberFormat.getIntegerInstance(formats.locale());
        outcomes.addColumn(TreatmentOutcome::treatmentTitle).setHeader("Treatment").setKey("treatment")
                .setAutoWidth(true).setFlexGrow(1);
        outcomes.addColumn(row -> count.format(row.courses())).setHeader("Courses").setKey("courses")
                .setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(row -> row.medianPainChange().isPresent()
                ? (row.medianPainChange().getAsDouble() > 0 ? "+" : "")
                        + decimal.format(row.medianPainChange().getAsDouble()) : "not yet")
                .setHeader("Median pain change at review").setKey("painChange").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(row -> count.format(row.coursesReviewed()) + " ("
                + count.format(row.patientsReviewed()) + (row.patientsReviewed() == 1 ? " patient)" : " patients)"))
                .setHeader("Courses reviewed").setKey("patients").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(row -> percent.format(row.adverseEventRate()) + " (" + count.format(
                row.coursesWithAdverseEvent()) + ")").setHeader("Adverse events").setKey("adverseEvents")
                .setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(row -> count.format(row.severeAdverseEvents())).setHeader("Severe").setKey("severe")
                .setAutoWidth(true).setFlexGrow(0);
        outcomes.setItems(rows);
        outcomes.setAllRowsVisible(true);
        outcomes.setEmptyStateText("No treatment course recorded yet.");
        var section = new Div(new H2("Outcomes and complications per treatment"), new Paragraph("Pain is on the 0–10"
                + " scale: a negative change means less pain at the 6–8 week review than at baseline, over the courses"
                + " reviewed with both scores (the review taken 5 to 10 weeks after the first session). Adverse"
                + " events: the share of courses followed by at least one."), outcomes);
        section.addClassName("dashboard-outcomes");
        return section;
    }
}
