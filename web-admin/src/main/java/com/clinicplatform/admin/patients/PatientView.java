package com.clinicplatform.admin.patients;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.Facts;
import com.clinicplatform.admin.inquiries.InquiryView;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientService;

/** A patient's record, plain for now: who they are, how to reach them, and the inquiries they came from. */
@Route("patients/:id([0-9]{1,18})")
@RolesAllowed("STAFF")
public class PatientView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final InquiryInbox inquiries;
    private final ConsoleFormats formats;
    private String title = "Patient";

    PatientView(PatientService patients, InquiryInbox inquiries, ConsoleFormats formats) {
        this.patients = patients;
        this.inquiries = inquiries;
        this.formats = formats;
        addClassName("view-page");
    }

    public static RouteParameters id(long patientId) {
        return new RouteParameters("id", Long.toString(patientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong("id").flatMap(patients::open);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title + " – Clinic console";
    }

    private void show(Patient patient) {
        title = patient.fullName();
        removeAll();
        var facts = new Facts();
        facts.add("Date of birth", new Span(formats.date(patient.dateOfBirth())));
        patient.email().ifPresent(email -> facts.add("Email address", new Anchor("mailto:" + email, email)));
        patient.phone().ifPresent(phone -> facts.add("Phone number",
                new Anchor("tel:" + phone, PhoneNumbers.readable(phone, formats.locale()))));
        facts.add("Record created", new Span(formats.dateTime(patient.createdAt())));
        var origins = new Div();
        origins.addClassName("timeline");
        for (var inquiry : inquiries.forPatient(patient.id())) {
            origins.add(new Div(new RouterLink(inquiry.reference(), InquiryView.class,
                    InquiryView.reference(inquiry.reference())),
                    new Span(" · sent " + formats.dateTime(inquiry.submittedAt()))));
        }
        add(new H1(patient.fullName()), facts, new H2("Inquiries"), origins);
    }

}
