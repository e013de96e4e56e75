package com.clinicplatform.admin.patients;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.course.FollowUpKind;
import com.clinicplatform.course.FollowUpResult;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.PatientChangedMeanwhileException;

/** Records that a follow-up took place: when, the scores measured (a review needs them), and a note. */
public class FollowUpDialog extends Dialog {

    final DatePicker doneOn = new DatePicker("Date of the follow-up");
    final IntegerField pain = new IntegerField("Pain (0–10)");
    final IntegerField function = new IntegerField("Function (0–100)");
    final TextArea note = new TextArea("Note");
    final Checkbox notReached = new Checkbox("Not reached: close it without scores (no answer after several tries,"
            + " or they declined)");
    final Button save = new Button("Record follow-up");
    private final FormProblem problem = new FormProblem();

    /**
     * @param what    the follow-up in words, such as "Review of Knee Therapy, knee left, due 12 Jan 2027"
     * @param version the follow-up's version as shown
     */
    public FollowUpDialog(TreatmentCourses courses, ConsoleFormats formats, long followUpId, long version,
            FollowUpKind kind, String what, Runnable saved) {
        setHeaderTitle("Record the " + kind.label().toLowerCase());
        setWidth("min(36rem, 95vw)");
        doneOn.setValue(formats.today());
        doneOn.setMax(formats.today());
        doneOn.setRequiredIndicatorVisible(true);
        pain.setMin(0);
        pain.setMax(10);
        pain.setHelperText("0 no pain, 10 the worst imaginable.");
        function.setMin(0);
        function.setMax(100);
        function.setHelperText("100 full function.");
        boolean scoresNeeded = kind == FollowUpKind.REVIEW;
        pain.setRequiredIndicatorVisible(scoresNeeded);
        function.setRequiredIndicatorVisible(scoresNeeded);
        note.setMaxLength(2_000);
        FieldErrors.clearOnChange(doneOn, pain, function, note);
        notReached.addValueChangeListener(e -> {
            pain.setEnabled(!e.getValue());
            function.setEnabled(!e.getValue());
            pain.setRequiredIndicatorVisible(scoresNeeded && !e.getValue());
            function.setRequiredIndicatorVisible(scoresNeeded && !e.getValue());
            if (e.getValue()) {
                pain.clear();
                function.clear();
            }
        });
        var form = new FormLayout(doneOn, pain, function, note, notReached);
        form.setColspan(doneOn, 2);
        form.setColspan(note, 2);
        form.setColspan(notReached, 2);
        add(new Paragraph(what + (scoresNeeded ? "" : ". Scores are optional for this call.")), problem, form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (problem.blocks(doneOn, pain, function, note)) {
                return;
            }
            boolean reached = !notReached.getValue();
            if (scoresNeeded && reached && (pain.getValue() == null || function.getValue() == null)) {
                for (var field : new IntegerField[] {pain, function}) {
                    if (field.getValue() == null) {
                        field.setErrorMessage("A review records this score.");
                        field.setInvalid(true);
                    }
                }
                return;
            }
            try {
                courses.recordFollowUp(followUpId, version, new FollowUpResult(doneOn.getValue(), reached,
                        pain.getValue(), function.getValue(), note.getValue()));
                close();
                saved.run();
            } catch (ConstraintViolationException invalid) {
                problem.show(invalid, Map.of("doneOn", doneOn, "pain", pain, "function", function,
                        "scoreWhole", function, "scoredOnlyWhenReached", pain, "note", note));
            } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException
                    | DataIntegrityViolationException meanwhile) {
                problem.show("Someone else recorded this follow-up meanwhile. Cancel to see what they recorded.");
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

}
