package com.clinicplatform.admin.patients;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.course.OutcomeScore;
import com.clinicplatform.course.ScoreCorrection;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.PatientChangedMeanwhileException;

/** Correcting scores typed wrongly; the outcome figures follow at once and the trail keeps the correction. */
class ScoreDialog extends Dialog {

    final IntegerField pain = new IntegerField("Pain (0–10)");
    final IntegerField function = new IntegerField("Function (0–100)");
    final Button save = new Button("Correct scores");
    private final FormProblem problem = new FormProblem();

    ScoreDialog(TreatmentCourses courses, OutcomeScore score, String what, Runnable saved) {
        setHeaderTitle("Correct the scores");
        setWidth("min(32rem, 95vw)");
        pain.setMin(0);
        pain.setMax(10);
        pain.setValue(score.pain());
        function.setMin(0);
        function.setMax(100);
        function.setValue(score.function());
        add(new Paragraph(what + ". Correct a typing mistake here; a new measurement belongs to a follow-up."),
                problem, new FormLayout(pain, function));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (problem.blocks(pain, function)) {
                return;
            }
            try {
                courses.correctScore(score.id(), score.version(), new ScoreCorrection(pain.getValue(),
                        function.getValue()));
                close();
                saved.run();
            } catch (ConstraintViolationException invalid) {
                problem.show(invalid, Map.of("pain", pain, "function", function));
            } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException meanwhile) {
                problem.show("Someone else corrected these scores meanwhile. Cancel to see their correction.");
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
