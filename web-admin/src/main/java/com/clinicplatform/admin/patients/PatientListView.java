package com.clinicplatform.admin.patients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientService;

/**
 * Every patient, by name, found by what staff type: part of a name, an email, a phone number or a birth date. The
 * grid asks the database for one page at a time as it scrolls and never for a total, so it opens at once among a
 * million patients.
 */
@Route("patients")
@PageTitle("Patients – Clinic console")
@RolesAllowed("STAFF")
public class PatientListView extends Main {

    final Grid<Patient> grid = new Grid<>();
    final TextField search = new TextField("Search");
    final Checkbox archived = new Checkbox("Include archived");

    PatientListView(PatientService patients, ConsoleFormats formats) {
        search.setPlaceholder("Name, email, phone or date of birth");
        search.setHelperText("Three letters find a name anywhere in it; a birth date as 25/03/1961.");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setWidth("22rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        archived.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addComponentColumn(patient -> new RouterLink(patient.fullName(), PatientView.class,
                PatientView.id(patient.id()))).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(patient -> formats.date(patient.dateOfBirth())).setHeader("Date of birth")
                .setKey("dateOfBirth").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(patient -> patient.email().orElse("")).setHeader("Email").setKey("email").setFlexGrow(2);
        grid.addColumn(patient -> patient.phone().map(phone -> PhoneNumbers.readable(phone, formats.locale()))
                .orElse("")).setHeader("Phone").setKey("phone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(patient -> patient.archivedAt().isPresent() ? "Archived" : "").setHeader("")
                .setKey("archived").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No patient matches.");
        // no count: the grid grows as it scrolls
        grid.setItems(query -> patients.search(search.getValue(), archived.getValue(), query.getOffset(),
                query.getLimit()).stream());

        var add = new Button("New patient", e -> new PatientDialog(patients, formats, null, created -> getUI()
                .ifPresent(ui -> ui.navigate(PatientView.class, PatientView.id(created.id())))).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FilteredList.arrange(this, "Patients", add, grid, search, archived);
    }
}
