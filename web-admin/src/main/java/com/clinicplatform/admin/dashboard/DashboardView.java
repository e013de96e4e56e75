package com.clinicplatform.admin.dashboard;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.admin.inquiries.InquiryListView;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.treatment.TreatmentService;

/** Where everyone lands: a greeting and, for each area this account may open, what waits there. */
@Route("")
@PageTitle("Dashboard – Clinic console")
@PermitAll
public class DashboardView extends Main {

    DashboardView(CurrentUser currentUser, TreatmentService treatments, InquiryInbox inquiries,
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
        long published = treatments.countPublished();
        add(new Paragraph(published == 1 ? "1 treatment page is published on the website."
                : published + " treatment pages are published on the website."));
    }
}
