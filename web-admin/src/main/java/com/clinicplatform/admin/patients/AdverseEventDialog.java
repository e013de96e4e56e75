package com.clinicplatform.admin.patients;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.course.AdverseEvent;
import com.clinicplatform.course.AdverseEventKind;
import com.clinicplatform.course.AdverseEventReport;
import com.clinicplatform.course.Severity;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.PatientChangedMeanwhileException;

/** An adverse event after a course: reported, or updated (most often, that it has resolved). */
class AdverseEventDialog extends Dialog {

    final DatePicker occurredOn = new DatePicker("Started on");
    final Select<AdverseEventKind> kind = new Select<>();
    final TextArea description = new TextArea("What happened");
    final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>("Severity");
    final TextArea actionTaken = new TextArea("Action taken");
    final DatePicker resolvedOn = new DatePicker("Resolved on");
    final Button save;
    private final FormProblem problem = new FormProblem();

    AdverseEventDialog(TreatmentCourses courses, ConsoleFormats formats, long courseId, AdverseEvent existing,
            String course, Runnable saved) {
        setHeaderTitle(existing == null ? "Report an adverse event" : "Update the adverse event");
        setWidth("min(40rem, 95vw)");
        occurredOn.setMax(formats.today());
        occurredOn.setRequiredIndicatorVisible(true);
        kind.setLabel("What");
        kind.setItems(AdverseEventKind.values());
        kind.setItemLabelGenerator(AdverseEventKind::label);
        description.setMaxLength(2_000);
        description.setHelperText("Needed when it is none of the listed kinds.");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        actionTaken.setMaxLength(2_000);
        actionTaken.setRequiredIndicatorVisible(true);
        resolvedOn.setMax(formats.today());
        resolvedOn.setHelperText("Leave empty while it has not.");
        FieldErrors.clearOnChange(occurredOn, kind, description, severity, actionTaken, resolvedOn);
        var form = new FormLayout(occurredOn, kind, description, severity, actionTaken, resolvedOn);
        form.setColspan(description, 2);
        form.setColspan(actionTaken, 2);
        add(new Paragraph("After " + course + "."), problem, form);
        if (existing != null) {
            var report = existing.report();
            occurredOn.setValue(report.occurredOn());
            kind.setValue(report.kind());
            description.setValue(report.description() == null ? "" : report.description());
            severity.setValue(report.severity());
            actionTaken.setValue(report.actionTaken());
            resolvedOn.setValue(report.resolvedOn());
        }

        save = new Button(existing == null ? "Report" : "Save", e -> {
            if (problem.blocks(occurredOn, kind, description, severity, actionTaken, resolvedOn)) {
                return;
            }
            var report = new AdverseEventReport(occurredOn.getValue(), kind.getValue(), description.getValue(),
                    severity.getValue(), actionTaken.getValue(), resolvedOn.getValue());
            try {
                if (existing == null) {
                    courses.reportAdverseEvent(courseId, report);
                } else {
                    courses.changeAdverseEvent(existing.id(), existing.version(), report);
                }
                close();
                saved.run();
            } catch (ConstraintViolationException invalid) {
                problem.show(invalid, Map.of("occurredOn", occurredOn, "kind", kind,
                        "description", description, "describedWhenOther", description, "severity", severity,
                        "actionTaken", actionTaken, "resolvedOn", resolvedOn, "resolvedAfterStart", resolvedOn));
            } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException
                    | DataIntegrityViolationException meanwhile) {
                problem.show("Someone else changed this adverse event meanwhile. Cancel to see their change; what you"
                        + " typed is still here.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

}
