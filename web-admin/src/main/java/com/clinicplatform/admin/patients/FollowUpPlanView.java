package com.clinicplatform.admin.patients;

import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.course.FollowUpPlanRow;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.PatientChangedMeanwhileException;

/**
 * When the follow-ups after a course fall due, per treatment: the review 6 to 8 weeks after the first session, the
 * repeat-course check 12 to 36 months after. A change applies to courses recorded from then on.
 */
@Route("follow-ups/plans")
@PageTitle("Follow-up plans – Clinic console")
@RolesAllowed("STAFF")
public class FollowUpPlanView extends Main {

    final Grid<FollowUpPlanRow> grid = new Grid<>();
    private final TreatmentCourses courses;

    FollowUpPlanView(TreatmentCourses courses) {
        this.courses = courses;
        grid.addColumn(FollowUpPlanRow::treatmentTitle).setHeader("Treatment").setKey("treatment").setFlexGrow(2);
        grid.addComponentColumn(this::editor).setHeader("Review after · repeat-course check after").setKey("plan")
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        var back = new RouterLink("Follow-ups due", FollowUpListView.class);
        FilteredList.arrange(this, "Follow-up plans", back, grid, new Paragraph("Courses recorded from now on follow"
                + " the plan of their treatment; courses already recorded keep their dates."));
        grid.setItems(courses.plans());
    }

    private FlexLayout editor(FollowUpPlanRow row) {
        var weeks = new Select<Integer>();
        weeks.setItems(IntStream.rangeClosed(6, 8).boxed().toList());
        weeks.setItemLabelGenerator(value -> value + " weeks");
        weeks.setValue(row.plan().reviewAfterWeeks());
        weeks.setAriaLabel("Review after, for " + row.treatmentTitle());
        var months = new Select<Integer>();
        months.setItems(IntStream.rangeClosed(12, 36).boxed().toList());
        months.setItemLabelGenerator(value -> value + " months");
        months.setValue(row.plan().repeatAfterMonths());
        months.setAriaLabel("Repeat-course check after, for " + row.treatmentTitle());
        var save = new Button("Save", e -> {
            try {
                courses.changePlan(row.treatmentId(), row.plan().version(), weeks.getValue(), months.getValue());
                Notification.show("Plan saved for " + row.treatmentTitle() + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException
                    | DataIntegrityViolationException meanwhile) {
                Notification.show("Someone else changed this plan meanwhile; it now shows their change.")
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            grid.setItems(courses.plans());
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var editor = new FlexLayout(weeks, months, save);
        editor.addClassName("plan-editor");
        return editor;
    }
}
