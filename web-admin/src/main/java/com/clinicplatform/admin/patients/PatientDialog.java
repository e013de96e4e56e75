package com.clinicplatform.admin.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.patient.PossibleDuplicate;

/**
 * A new patient record, or corrections to one. Before a new record is made, patients already on record who may be the
 * same person are shown, and staff choose on purpose to make it anyway. A colleague's change made meanwhile is never
 * overwritten; whatever was typed stays in the form.
 */
class PatientDialog extends Dialog {

    private final PatientService patients;
    private final ConsoleFormats formats;
    private final Patient existing;
    private final Consumer<Patient> saved;

    final TextField fullName = new TextField("Full name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone number");
    final TextArea address = new TextArea("Postal address");
    final Button save;
    final Div duplicates = new Div();
    private final FormProblem problem = new FormProblem();
    /** The details the duplicate warning was shown for: saving those again means "make it anyway". */
    private PatientDetails warnedAbout;

    PatientDialog(PatientService patients, ConsoleFormats formats, Patient existing, Consumer<Patient> saved) {
        this.patients = patients;
        this.formats = formats;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(existing == null ? "New patient" : "Edit " + existing.fullName());
        setWidth("min(40rem, 95vw)");

        fullName.setMaxLength(200);
        fullName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMin(LocalDate.of(1900, 1, 1));
        dateOfBirth.setMax(formats.today());
        email.setMaxLength(254);
        email.setHelperText("Optional.");
        phone.setMaxLength(30);
        // the server reads the number (libphonenumber); the field's own checks would undo its verdict
        phone.setManualValidation(true);
        phone.setHelperText("Optional. As the patient gives it: 020 7946 0123 or +44 20 7946 0123.");
        address.setMaxLength(500);
        address.setHelperText("Optional.");
        FieldErrors.clearOnChange(fullName, dateOfBirth, email, phone, address);
        duplicates.addClassName("duplicate-warning");
        duplicates.setVisible(false);

        var form = new FormLayout(fullName, dateOfBirth, email, phone, address);
        form.setColspan(address, 2);
        add(problem, duplicates, form);

        save = new Button(existing == null ? "Create patient" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        if (existing != null) {
            var details = existing.details();
            fullName.setValue(details.fullName());
            dateOfBirth.setValue(details.dateOfBirth());
            email.setValue(details.email() == null ? "" : details.email());
            phone.setValue(details.phone() == null ? "" : PhoneNumbers.readable(details.phone(), formats.locale()));
            address.setValue(details.address() == null ? "" : details.address());
        }
    }

    private void save() {
        if (problem.blocks(fullName, dateOfBirth, email, phone, address)) {
            return;
        }
        var typedPhone = phone.getValue().strip();
        var international = typedPhone.isEmpty() ? null
                : PhoneNumbers.international(typedPhone, formats.locale()).orElse(null);
        if (!typedPhone.isEmpty() && international == null) {
            phone.setErrorMessage("Enter a phone number such as 020 7946 0123, or with its country code.");
            phone.setInvalid(true);
            return;
        }
        var details = new PatientDetails(fullName.getValue(), dateOfBirth.getValue(), email.getValue().strip(),
                international, address.getValue());
        try {
            Patient result;
            if (existing == null) {
                if (!details.equals(warnedAbout) && warnAboutDuplicates(details)) {
                    return;
                }
                result = patients.create(details);
            } else {
                result = patients.change(existing.id(), existing.version(), details);
            }
            close();
            saved.accept(result);
        } catch (ConstraintViolationException invalid) {
            problem.show(invalid, Map.of("fullName", fullName, "dateOfBirth", dateOfBirth,
                    "email", email, "phone", phone, "address", address));
        } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException meanwhile) {
            problem.show("Someone else changed this record while you were editing it. Cancel and open it again to see"
                    + " their change; what you typed is still here.");
        }
    }

    /** @return whether there is someone to warn about, in which case the warning now shows */
    private boolean warnAboutDuplicates(PatientDetails details) {
        if (details.fullName() == null || details.fullName().isBlank() || details.dateOfBirth() == null) {
            return false;  // validation will say what is missing
        }
        List<PossibleDuplicate> likely = patients.likelyDuplicates(details);
        if (likely.isEmpty()) {
            return false;
        }
        var list = new UnorderedList();
        for (var match : likely) {
            var patient = match.patient();
            var link = new RouterLink(patient.fullName() + ", born " + formats.date(patient.dateOfBirth()),
                    PatientView.class, PatientView.id(patient.id()));
            link.getElement().setAttribute("target", "_blank");
            list.add(new ListItem(link, new Span(" (" + match.matches().stream()
                    .map(PossibleDuplicate.Match::description).collect(Collectors.joining(", ")) + ")")));
        }
        duplicates.removeAll();
        duplicates.add(new Paragraph(likely.size() == 1 ? "A patient on record may be this person:"
                : "Patients on record may be this person:"), list,
                new Paragraph("Open them to check. If this is someone else, choose \"Create anyway\"."));
        duplicates.setVisible(true);
        warnedAbout = details;
        save.setText("Create anyway");
        return true;
    }

}
