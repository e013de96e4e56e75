package com.clinicplatform.admin.inquiries;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryChangedMeanwhileException;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.patient.PossibleDuplicate;

/**
 * Converts an inquiry to a patient: asks for the date of birth, then shows the patients already on record who may be
 * the same person (same email, phone, or name and birth date), so staff link to one of them rather than keep the same
 * person twice.
 */
class ConvertDialog extends Dialog {

    /** Making a new record, rather than linking one of the likely duplicates. */
    static final PossibleDuplicate NEW_RECORD = new PossibleDuplicate(null, Set.of());

    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final RadioButtonGroup<PossibleDuplicate> record = new RadioButtonGroup<>("Patient record");
    final Paragraph warning = new Paragraph();
    final Button convert = new Button("Convert");

    ConvertDialog(InquiryInbox inbox, ConsoleFormats formats, Inquiry inquiry, LongConsumer converted, Runnable changedMeanwhile) {
        setHeaderTitle("Convert to patient");
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMax(formats.today());
        dateOfBirth.setMin(LocalDate.of(1900, 1, 1));
        dateOfBirth.setHelperText("The inquiry does not ask for it: take it from the patient.");
        record.setItemLabelGenerator(choice -> label(choice, formats));
        record.setVisible(false);
        warning.addClassName("duplicate-warning");
        warning.setVisible(false);

        dateOfBirth.addValueChangeListener(e -> {
            var birth = e.getValue();
            if (birth == null) {
                record.setVisible(false);
                warning.setVisible(false);
                return;
            }
            List<PossibleDuplicate> likely = inbox.likelyPatients(inquiry.id(), birth);
            warning.setVisible(!likely.isEmpty());
            warning.setText(likely.size() == 1
                    ? "A patient on record may be the same person. Link to them, or make a new record if they are not."
                    : "Patients on record may be the same person. Link to one, or make a new record if none is.");
            record.setItems(likely.isEmpty() ? List.of(NEW_RECORD)
                    : Stream.concat(likely.stream(), Stream.of(NEW_RECORD)).toList());
            record.setVisible(!likely.isEmpty());
            // with nobody likely, a new record is the only choice; with someone likely, staff choose on purpose
            record.setValue(likely.isEmpty() ? NEW_RECORD : null);
        });

        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        convert.addClickListener(e -> {
            if (dateOfBirth.getValue() == null || dateOfBirth.isInvalid()) {
                dateOfBirth.setInvalid(true);
                dateOfBirth.setErrorMessage("Enter the patient's date of birth.");
                return;
            }
            if (record.getValue() == null) {
                record.setInvalid(true);
                record.setErrorMessage("Choose a record to link, or a new one.");
                return;
            }
            var existing = record.getValue() == NEW_RECORD ? null : record.getValue().patient().id();
            try {
                long patient = inbox.convert(inquiry.id(), inquiry.version(), dateOfBirth.getValue(), existing);
                close();
                converted.accept(patient);
            } catch (InquiryChangedMeanwhileException changed) {
                close();
                changedMeanwhile.run();
            }
        });
        add(new Div(new Paragraph("A patient record for " + inquiry.fullName() + ", from inquiry "
                + inquiry.reference() + "."), dateOfBirth, warning, record));
        getFooter().add(new Button("Cancel", e -> close()), convert);
    }

    private static String label(PossibleDuplicate choice, ConsoleFormats formats) {
        if (choice == NEW_RECORD) {
            return "Make a new patient record";
        }
        var patient = choice.patient();
        return "Link to " + patient.fullName() + ", born " + formats.date(patient.dateOfBirth())
                + patient.email().map(email -> ", " + email).orElse("") + " ("
                + choice.matches().stream().map(PossibleDuplicate.Match::description)
                        .collect(Collectors.joining(", ")) + ")";
    }
}
