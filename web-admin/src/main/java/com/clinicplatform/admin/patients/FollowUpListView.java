package com.clinicplatform.admin.patients;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.course.DueFollowUp;
import com.clinicplatform.course.FollowUpQueue;
import com.clinicplatform.course.TreatmentCourses;

/**
 * "Follow-ups due": the calls to make, longest waiting first. One not done within 14 days of its due date counts as
 * missed and moves to its own list, where it stays until it is done.
 */
@Route("follow-ups")
@PageTitle("Follow-ups due – Clinic console")
@RolesAllowed("STAFF")
public class FollowUpListView extends Main {

    final Grid<DueFollowUp> grid = new Grid<>();
    final Tab due = new Tab();
    final Tab missed = new Tab();
    final Tabs queues = new Tabs(due, missed);
    private final TreatmentCourses courses;

    FollowUpListView(TreatmentCourses courses, ConsoleFormats formats) {
        this.courses = courses;
        grid.addColumn(followUp -> formats.date(followUp.dueOn())).setHeader("Due").setKey("due").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(followUp -> new RouterLink(followUp.patientName(), PatientView.class,
                PatientView.id(followUp.patientId()))).setHeader("Patient").setKey("patient").setFlexGrow(2);
        grid.addComponentColumn(followUp -> followUp.phone() == null ? new Span(followUp.email() == null ? ""
                : followUp.email()) : new Anchor("tel:" + followUp.phone(), PhoneNumbers.readable(followUp.phone(),
                        formats.locale()))).setHeader("Phone or email").setKey("contact").setFlexGrow(1);
        grid.addColumn(followUp -> followUp.kind().label()).setHeader("Follow-up").setKey("kind").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(followUp -> followUp.treatmentTitle() + ", " + followUp.bodySite().label().toLowerCase()
                + ", started " + formats.date(followUp.courseStartedOn())).setHeader("Course").setKey("course")
                .setFlexGrow(3);
        grid.addComponentColumn(followUp -> {
            var record = new Button("Record…", e -> new FollowUpDialog(courses, formats, followUp.followUpId(),
                    followUp.version(), followUp.kind(), followUp.kind().label() + " for " + followUp.patientName()
                            + " of " + followUp.treatmentTitle() + ", due " + formats.date(followUp.dueOn()), () -> {
                                refresh();
                                Notification.show("Follow-up recorded.")
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            }).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return record;
        }).setHeader("").setKey("record").setAutoWidth(true).setFlexGrow(0);
        // names, numbers and courses wrap rather than lose their ends on a tablet
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> courses.followUps(queue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) courses.count(queue()));
        queues.addSelectedChangeListener(e -> refresh());

        var plans = new RouterLink("Follow-up plans per treatment", FollowUpPlanView.class);
        FilteredList.arrange(this, "Follow-ups due", plans, grid, queues);
        showCounts();
    }

    FollowUpQueue queue() {
        return queues.getSelectedTab() == missed ? FollowUpQueue.MISSED : FollowUpQueue.DUE;
    }

    private void refresh() {
        showCounts();
        grid.getDataProvider().refreshAll();
    }

    /** The number in each tab, and what an empty list says. */
    private void showCounts() {
        due.setLabel(FollowUpQueue.DUE.label() + " (" + courses.count(FollowUpQueue.DUE) + ")");
        missed.setLabel(FollowUpQueue.MISSED.label() + " (" + courses.count(FollowUpQueue.MISSED) + ")");
        grid.setEmptyStateText(queue() == FollowUpQueue.DUE ? "No follow-up is due: nobody waits for a call."
                : "No follow-up was missed.");
    }
}
