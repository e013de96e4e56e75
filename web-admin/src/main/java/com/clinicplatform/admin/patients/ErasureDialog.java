package com.clinicplatform.admin.patients;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.privacy.PatientPrivacy;

/**
 * Erasing a patient's personal data on their request: what goes and what the clinic keeps is said before anything
 * happens, and the patient's name must be typed to go ahead, since nothing brings the data back.
 */
class ErasureDialog extends Dialog {

    final TextField confirmation = new TextField("Type the patient's full name to confirm");
    final Button erase = new Button("Erase personal data");

    ErasureDialog(PatientPrivacy privacy, Patient patient, boolean treated, Consumer<PatientPrivacy.Erasure> erased,
            Runnable changedMeanwhile) {
        setHeaderTitle("Erase " + patient.fullName() + "'s personal data?");
        setWidth("min(38rem, 95vw)");
        add(new Paragraph(treated
                ? "They had treatment here, so the clinical record must be kept: their courses, follow-ups, scores and"
                        + " adverse events stay, without their identity. Their name, contact details and address are"
                        + " removed, their date of birth keeps only its year, and their notes, what was noted on"
                        + " their follow-up calls and the inquiries they sent are deleted. Adverse-event descriptions"
                        + " stay as part of the clinical record."
                : "They had no treatment here, so the whole record goes: details, consents, notes and the inquiries"
                        + " they sent."),
                new Paragraph("The audit trail keeps that this was done, by whom and when, by record number only."
                        + " This cannot be undone. Export the record first if the patient asked for a copy."));
        confirmation.setWidthFull();
        confirmation.addValueChangeListener(e -> confirmation.setInvalid(false));
        add(confirmation);
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.addClickListener(e -> {
            if (!confirmation.getValue().strip().equalsIgnoreCase(patient.fullName())) {
                confirmation.setErrorMessage("Type " + patient.fullName() + " exactly, to be sure of the record.");
                confirmation.setInvalid(true);
                return;
            }
            try {
                var erasure = privacy.erase(patient.id(), patient.version());
                close();
                erased.accept(erasure);
            } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException meanwhile) {
                close();
                changedMeanwhile.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), erase);
    }
}
