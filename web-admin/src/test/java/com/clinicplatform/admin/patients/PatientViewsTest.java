package com.clinicplatform.admin.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.course.BodySite;
import com.clinicplatform.course.CellSource;
import com.clinicplatform.course.CourseDetails;
import com.clinicplatform.course.FollowUpKind;
import com.clinicplatform.course.FollowUpQueue;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentChoice;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/** A patient's record as staff work it: made, corrected, treated, followed up, exported and erased. */
@SpringBootTest
@WithMockUser(username = "ward.nurse", roles = "STAFF")
class PatientViewsTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    @Autowired
    TreatmentCourses courses;

    @Autowired
    TreatmentService treatments;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void givenAStaffAccountAndATreatment() {
        if (!accounts.exists("ward.nurse")) {
            accounts.create(new NewAccount("ward.nurse", "Wanda Ward", null, "a long password for wanda",
                    Set.of(Role.STAFF), false));
        }
        if (treatments.offered().isEmpty()) {
            treatments.create(new NewTreatment("Knee Cell Therapy", "About it", null, null,
                    List.of(new TreatmentSection("What", "Cells.")), List.of()));
        }
    }

    @Test
    void aLikelyDuplicateIsShownBeforeANewRecordIsMadeAndStaffChooseToMakeItAnyway() {
        var name = "Hana " + unique();
        var born = LocalDate.of(1970, 1, 2);
        patients.create(new PatientDetails(name, born, null, null));
        var list = navigate(PatientListView.class);

        test(button("New patient")).click();
        var dialog = $(PatientDialog.class).single();
        test(dialog.fullName).setValue(name);
        test(dialog.dateOfBirth).setValue(born);
        test(dialog.save).click();

        assertThat(dialog.duplicates.isVisible()).isTrue();
        assertThat(dialog.save.getText()).isEqualTo("Create anyway");
        assertThat(getCurrentView()).isSameAs(list);
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat($(H1.class).first().getText()).isEqualTo(name);
        assertThat(patients.search(name, false, 0, 10)).hasSize(2);
    }

    @Test
    void whatTheServerRefusesIsShownBesideItsFieldAndNothingTypedIsLost() {
        navigate(PatientListView.class);
        test(button("New patient")).click();
        var dialog = $(PatientDialog.class).single();
        test(dialog.fullName).setValue("Ivo " + unique());
        test(dialog.dateOfBirth).setValue(LocalDate.of(1980, 3, 4));
        test(dialog.phone).setValue("12");

        test(dialog.save).click();

        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.phone.getErrorMessage()).startsWith("Enter a phone number");
        assertThat(dialog.fullName.getValue()).startsWith("Ivo ");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.phone).setValue("020 7946 0321");
        test(dialog.save).click();
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat($(Anchor.class).withText("020 7946 0321").single().getHref()).isEqualTo("tel:+442079460321");
    }

    @Test
    void aColleaguesCorrectionIsNeverOverwrittenUnseen() {
        var patient = patients.create(new PatientDetails("Jo " + unique(), LocalDate.of(1966, 6, 6), null, null));
        open(patient);
        test(button("Edit details…")).click();
        var dialog = $(PatientDialog.class).single();
        test(dialog.fullName).setValue("Joanna Typed");

        patients.change(patient.id(), patient.version(), new PatientDetails(patient.fullName(),
                patient.dateOfBirth(), "colleague@example.com", null, null));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .startsWith("Someone else changed this record");
        assertThat(dialog.fullName.getValue()).isEqualTo("Joanna Typed");
        assertThat(patients.current(patient.id()).orElseThrow().fullName()).isEqualTo(patient.fullName());
    }

    @Test
    void openingTheRecordIsAuditedAndACourseRecordedThereSchedulesItsFollowUpsAndItsReviewScoresShow() {
        var patient = patients.create(new PatientDetails("Kit " + unique(), LocalDate.of(1958, 8, 8), null, null));
        open(patient);
        assertThat(audit.history("patient", patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.PATIENT_VIEWED);
        var started = courses.today().minusWeeks(6);

        test(button("Record a course…")).click();
        var course = $(CourseDialog.class).single();
        TreatmentChoice treatment = treatments.offered().getFirst();
        test(course.treatment).selectItem(treatment.title());
        test(course.bodySite).selectItem(BodySite.HIP_RIGHT.label());
        test(course.cellSource).selectItem(CellSource.ADIPOSE_TISSUE.label());
        test(course.startedOn).setValue(started);
        course.clinician.setValue("Wanda Ward");
        test(course.baselinePain).setValue(8);
        test(course.baselineFunction).setValue(35);
        test(course.save).click();

        assertThat(course.isOpened()).isFalse();
        assertThat(texts(Span.class)).anyMatch(text -> text.contains("Review, due"));
        test($(Button.class).withText("Record…").first()).click();
        var followUp = $(FollowUpDialog.class).single();
        test(followUp.pain).setValue(3);
        test(followUp.function).setValue(72);
        test(followUp.save).click();

        assertThat(texts(Span.class)).anyMatch(text -> text.contains("pain 3/10, function 72/100"));
        assertThat(texts(Paragraph.class)).anyMatch(text -> text.startsWith("Scores for")
                && text.contains("pain 3/10"));
        assertThat(texts(Span.class)).contains("Baseline: pain 8/10, function 35/100");
        var chart = $(Svg.class).withClassName("outcome-chart").single().getElement().getProperty("innerHTML");
        assertThat(chart).contains("Pain 8 of 10").contains("Pain 3 of 10").contains("Function 72 of 100");

        // the baseline was typed wrongly: corrected, and the chart follows
        test($(Button.class).withText("Correct…").first()).click();
        var correction = $(ScoreDialog.class).single();
        test(correction.pain).setValue(9);
        test(correction.save).click();
        assertThat(texts(Span.class)).contains("Baseline: pain 9/10, function 35/100 (corrected by Wanda Ward)");
        assertThat($(Svg.class).withClassName("outcome-chart").single().getElement().getProperty("innerHTML"))
                .contains("Pain 9 of 10").doesNotContain("Pain 8 of 10");
    }

    @Test
    void aReviewRecordedWithoutItsScoresIsRefusedBesideTheFields() {
        var patient = patients.create(new PatientDetails("Lu " + unique(), LocalDate.of(1962, 2, 2), null, null));
        courses.record(patient.id(), new CourseDetails(treatments.offered().getFirst().id(), BodySite.KNEE_RIGHT,
                CellSource.BONE_MARROW, courses.today().minusWeeks(6), "Dr Vale", 1, 6, 40));
        open(patient);

        test($(Button.class).withText("Record…").first()).click();
        var followUp = $(FollowUpDialog.class).single();
        test(followUp.save).click();

        assertThat(followUp.isOpened()).isTrue();
        assertThat(followUp.pain.isInvalid()).isTrue();
        assertThat(courses.history(patient.id()).getFirst().followUps()).allMatch(f -> f.doneOn().isEmpty());
    }

    @Test
    void theFollowUpWorkListShowsWhoToCallAndRecordingOneTakesItOff() {
        var patient = patients.create(new PatientDetails("Mo " + unique(), LocalDate.of(1960, 1, 1), null,
                "+442079460999"));
        courses.record(patient.id(), new CourseDetails(treatments.offered().getFirst().id(), BodySite.SHOULDER_LEFT,
                CellSource.PLATELET_RICH_PLASMA, courses.today().minusWeeks(6), "Dr Vale", 1, 7, 50));

        var view = navigate(FollowUpListView.class);
        assertThat(view.queue()).isEqualTo(FollowUpQueue.DUE);
        assertThat(view.grid.getLazyDataView().getItems().filter(due -> due.patientId() == patient.id())
                .map(due -> due.kind())).containsExactly(FollowUpKind.REVIEW);

        var rows = view.grid.getLazyDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(due -> due.patientId() == patient.id()).findFirst().orElseThrow());
        test((Button) test(view.grid).getCellComponent(row, "record")).click();
        var dialog = $(FollowUpDialog.class).single();
        test(dialog.pain).setValue(4);
        test(dialog.function).setValue(60);
        test(dialog.save).click();

        assertThat(view.grid.getLazyDataView().getItems().filter(due -> due.patientId() == patient.id())).isEmpty();
    }

    @Test
    void thePrintableRecordShowsWhatPeopleTypedAsTextAndIsOnTheTrail() {
        var patient = patients.create(new PatientDetails("<b>Nell</b> " + unique(), LocalDate.of(1955, 5, 5),
                null, null));
        patients.addNote(patient.id(), "<script>alert(1)</script> rang back");

        navigate("patients/" + patient.id() + "/print", Component.class);

        assertThat(getCurrentView()).isInstanceOf(PatientPrintView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Record of " + patient.fullName());
        assertThat($(NativeTableCell.class).all()).extracting(NativeTableCell::getText)
                .contains("<script>alert(1)</script> rang back", patient.fullName());
        assertThat(audit.history("patient", patient.id())).filteredOn(e -> e.action() == AuditAction.PATIENT_EXPORTED)
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("format", "PRINT"));
    }

    @Test
    void erasureAsksForTheNameAndDeIdentifiesATreatedPatient() {
        var patient = patients.create(new PatientDetails("Oona " + unique(), LocalDate.of(1971, 9, 9),
                "oona@example.com", null));
        courses.record(patient.id(), new CourseDetails(treatments.offered().getFirst().id(), BodySite.LOWER_BACK,
                CellSource.BONE_MARROW, courses.today().minusDays(3), "Dr Vale", 1, null, null));
        open(patient);

        test(button("Erase on request…")).click();
        var dialog = $(ErasureDialog.class).single();
        test(dialog.confirmation).setValue("Someone else");
        test(dialog.erase).click();
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(patients.current(patient.id()).orElseThrow().erasedAt()).isEmpty();

        test(dialog.confirmation).setValue(patient.fullName());
        test(dialog.erase).click();

        var erased = patients.current(patient.id()).orElseThrow();
        assertThat(erased.erasedAt()).isPresent();
        assertThat($(H1.class).first().getText()).isEqualTo("Erased patient " + patient.id());
        assertThat($(Button.class).withText("Record a course…").exists()).isFalse();
    }

    @Test
    void archivingAsksFirstAndTheRecordCanComeBack() {
        var patient = patients.create(new PatientDetails("Pip " + unique(), LocalDate.of(1990, 10, 10), null, null));
        open(patient);

        test(button("Archive…")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(patients.current(patient.id()).orElseThrow().isArchived()).isTrue();
        test(button("Restore from the archive")).click();
        assertThat(patients.current(patient.id()).orElseThrow().isArchived()).isFalse();
    }

    private void open(Patient patient) {
        navigate("patients/" + patient.id(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private <T extends Component & HasText> List<String> texts(Class<T> type) {
        return $(type).all().stream().map(HasText::getText).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
