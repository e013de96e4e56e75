package com.clinicplatform.admin.patients;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.course.BodySite;
import com.clinicplatform.course.CellSource;
import com.clinicplatform.course.CourseDetails;
import com.clinicplatform.course.CourseHistory;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.treatment.TreatmentChoice;

/**
 * A treatment course, new or corrected, with the patient's scores before it started. Saving a new course schedules
 * its follow-ups from the treatment's plan.
 */
class CourseDialog extends Dialog {

    final Select<TreatmentChoice> treatment = new Select<>();
    final ComboBox<BodySite> bodySite = new ComboBox<>("Body site");
    final Select<CellSource> cellSource = new Select<>();
    final DatePicker startedOn = new DatePicker("First session");
    final ComboBox<String> clinician = new ComboBox<>("Clinician");
    final IntegerField sessions = new IntegerField("Sessions");
    final IntegerField baselinePain = new IntegerField("Pain before (0–10)");
    final IntegerField baselineFunction = new IntegerField("Function before (0–100)");
    final Button save;
    private final FormProblem problem = new FormProblem();

    CourseDialog(TreatmentCourses courses, ConsoleFormats formats, List<TreatmentChoice> offered,
            List<String> clinicians, long patientId, CourseHistory existing, Runnable saved) {
        setHeaderTitle(existing == null ? "Record a treatment course" : "Edit the course");
        setWidth("min(44rem, 95vw)");
        treatment.setLabel("Treatment");
        treatment.setItems(offered);
        treatment.setItemLabelGenerator(TreatmentChoice::title);
        bodySite.setItems(BodySite.values());
        bodySite.setItemLabelGenerator(BodySite::label);
        cellSource.setLabel("Cell source");
        cellSource.setItems(CellSource.values());
        cellSource.setItemLabelGenerator(CellSource::label);
        startedOn.setMax(formats.today());
        startedOn.setMin(LocalDate.of(2000, 1, 1));
        startedOn.setValue(formats.today());
        clinician.setItems(clinicians);
        clinician.setAllowCustomValue(true);
        clinician.addCustomValueSetListener(e -> clinician.setValue(e.getDetail()));
        clinician.setHelperText("Choose a colleague or type a name.");
        sessions.setMin(1);
        sessions.setMax(20);
        sessions.setStepButtonsVisible(true);
        sessions.setValue(1);
        baselinePain.setMin(0);
        baselinePain.setMax(10);
        baselinePain.setHelperText("0 no pain, 10 the worst imaginable.");
        baselineFunction.setMin(0);
        baselineFunction.setMax(100);
        baselineFunction.setHelperText("100 full function.");
        FieldErrors.clearOnChange(treatment, bodySite, cellSource, startedOn, clinician, sessions, baselinePain,
                baselineFunction);

        var form = new FormLayout(treatment, bodySite, cellSource, startedOn, clinician, sessions);
        form.setColspan(treatment, 2);
        var baseline = new FormLayout(baselinePain, baselineFunction);
        boolean hasBaseline = existing != null && existing.baseline().isPresent();
        add(problem, form);
        if (!hasBaseline) {
            add(new H3("Baseline scores"), new Paragraph("Measured before the first session. Leave both empty if they"
                    + " were not taken; the review's change in pain is measured from them."), baseline);
        }

        save = new Button(existing == null ? "Record course" : "Save", e -> save(courses, patientId, existing,
                saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);

        if (existing != null) {
            var course = existing.course();
            offered.stream().filter(choice -> choice.id() == course.treatmentId()).findFirst()
                    .ifPresent(treatment::setValue);
            bodySite.setValue(course.bodySite());
            cellSource.setValue(course.cellSource());
            startedOn.setValue(course.startedOn());
            clinician.setValue(course.clinician());
            sessions.setValue(course.sessions());
        }
    }

    private void save(TreatmentCourses courses, long patientId, CourseHistory existing, Runnable saved) {
        if (problem.blocks(treatment, bodySite, cellSource, startedOn, clinician, sessions, baselinePain,
                baselineFunction)) {
            return;
        }
        var details = new CourseDetails(treatment.getValue() == null ? null : treatment.getValue().id(),
                bodySite.getValue(), cellSource.getValue(), startedOn.getValue(), clinician.getValue(),
                sessions.getValue(), baselinePain.getValue(), baselineFunction.getValue());
        try {
            if (existing == null) {
                courses.record(patientId, details);
            } else {
                courses.change(existing.course().id(), existing.course().version(), details);
            }
            close();
            saved.run();
        } catch (ConstraintViolationException invalid) {
            problem.show(invalid, Map.of("treatmentId", treatment, "bodySite", bodySite,
                    "cellSource", cellSource, "startedOn", startedOn, "clinician", clinician, "sessions", sessions,
                    "baselinePain", baselinePain, "baselineFunction", baselineFunction, "baselineWhole",
                    baselineFunction));
        } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException
                | DataIntegrityViolationException meanwhile) {
            problem.show("Someone else changed this course while you were editing it. Cancel to see their change;"
                    + " what you typed is still here.");
        }
    }

}
