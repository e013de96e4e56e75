package com.clinicplatform.admin.dashboard;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.treatment.TreatmentService;

@Route("")
@PageTitle("Dashboard – Clinic console")
@PermitAll
public class DashboardView extends Main {

    DashboardView(CurrentUser currentUser, TreatmentService treatments) {
        addClassName("view-page");
        var name = currentUser.account().map(account -> account.fullName()).orElse("");
        add(new H1("Welcome, " + name));
        long published = treatments.countPublished();
        add(new Paragraph(published == 1 ? "1 treatment page is published on the website."
                : published + " treatment pages are published on the website."));
    }
}
