package com.clinicplatform.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.admin.patients.PatientListView;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.course.BodySite;
import com.clinicplatform.course.CellSource;
import com.clinicplatform.course.CourseDetails;
import com.clinicplatform.course.FollowUpQueue;
import com.clinicplatform.course.FollowUpResult;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.course.TreatmentOutcome;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/** The dashboard's staff figures, counted afresh: a recorded review moves them; other roles never see them. */
@SpringBootTest
@WithMockUser(username = "dash.nurse", roles = "STAFF")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    TreatmentCourses courses;

    @Autowired
    TreatmentService treatments;

    @Autowired
    AccountService accounts;


    @BeforeEach
    void givenAStaffAccount() {
        if (!accounts.exists("dash.nurse")) {
            accounts.create(new NewAccount("dash.nurse", "Dee Nurse", null, "a long password for dee",
                    Set.of(Role.STAFF), false));
        }
    }

    @Test
    void aReviewRecordedMovesTheTreatmentsMedianAndTheFollowUpCounts() {
        var title = "Dashboard Therapy " + UUID.randomUUID().toString().substring(0, 8);
        long treatment = treatments.create(new NewTreatment(title, "About it", null, null,
                List.of(new TreatmentSection("What", "Cells.")), List.of())).id();
        var patient = patients.create(new PatientDetails("Dora Dash", LocalDate.of(1964, 4, 4), null, null));
        courses.record(patient.id(), new CourseDetails(treatment, BodySite.KNEE_RIGHT, CellSource.BONE_MARROW,
                courses.today().minusWeeks(6), "Dr Vale", 1, 7, 40));
        openTheDashboard();
        var grid = test(outcomes());
        int row = rowOf(title);
        assertThat(grid.getCellText(row, grid.getColumnPosition("painChange"))).isEqualTo("not yet");
        long dueBefore = Long.parseLong(tile("Follow-ups due"));

        var review = courses.history(patient.id()).getFirst().followUps().getFirst();
        courses.recordFollowUp(review.id(), review.version(), new FollowUpResult(courses.today(), 3, 70, null));
        openTheDashboard();

        grid = test(outcomes());
        row = rowOf(title);
        assertThat(grid.getCellText(row, grid.getColumnPosition("painChange"))).isEqualTo("-4.0");
        assertThat(grid.getCellText(row, grid.getColumnPosition("patients"))).isEqualTo("1 (1 patient)");
        assertThat(Long.parseLong(tile("Follow-ups due"))).isEqualTo(dueBefore - 1);
    }

    @Test
    @WithMockUser(username = "dash.editor", roles = "EDITOR")
    void anEditorSeesNoPatientFiguresAndThePatientServicesRefuseThem() {
        navigate(DashboardView.class);

        assertThat($(Span.class).withClassName("figure-label").exists()).isFalse();
        assertThatThrownBy(() -> patients.search("a", false, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.count(FollowUpQueue.DUE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String tile(String label) {
        var tile = $(Span.class).withClassName("figure-label").withText(label).single().getParent().orElseThrow();
        return tile.getChildren().filter(child -> child.hasClassName("figure-number")).findFirst()
                .map(child -> ((Span) child).getText().replace(",", "")).orElseThrow();
    }

    /** Afresh, as staff coming back to it from another page: the figures are counted as the page is made. */
    private void openTheDashboard() {
        navigate(PatientListView.class);
        navigate(DashboardView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<TreatmentOutcome> outcomes() {
        return $(Grid.class).single();
    }

    private int rowOf(String title) {
        var rows = outcomes().getListDataView().getItems().toList();
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).treatmentTitle().equals(title)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + title + " among " + rows.stream().map(r -> r.treatmentTitle()).toList());
    }
}
