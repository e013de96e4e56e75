package com.clinicplatform.admin.patients;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.DownloadLink;
import com.clinicplatform.admin.base.Facts;
import com.clinicplatform.admin.base.NoteSection;
import com.clinicplatform.admin.inquiries.InquiryView;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.course.AdverseEvent;
import com.clinicplatform.course.CourseHistory;
import com.clinicplatform.course.FollowUp;
import com.clinicplatform.course.OutcomeScore;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.patient.ConsentKind;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.patient.PatientConsent;
import com.clinicplatform.patient.PatientNote;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.privacy.PatientPrivacy;
import com.clinicplatform.treatment.TreatmentService;

/**
 * A patient's whole story on one page: who they are, how their treatments went (the outcome chart, each course with
 * its follow-ups and adverse events), what they consented to, the notes, the inquiries they came from, and a timeline
 * of all of it. Opening the page is on the audit trail.
 */
@Route("patients/:id([0-9]{1,18})")
@RolesAllowed("STAFF")
public class PatientView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientService patients;
    private final TreatmentCourses courses;
    private final InquiryInbox inquiries;
    private final PatientPrivacy privacy;
    private final TreatmentService treatments;
    private final AccountService accounts;
    private final ConsoleFormats formats;
    private String title = "Patient";
    private Patient patient;
    /** Kept across the page's refreshes, so a note being written survives a colleague's or one's own other change. */
    private final TextArea noteDraft = new TextArea("New note");

    PatientView(PatientService patients, TreatmentCourses courses, InquiryInbox inquiries, PatientPrivacy privacy,
            TreatmentService treatments, AccountService accounts, ConsoleFormats formats) {
        this.patients = patients;
        this.courses = courses;
        this.inquiries = inquiries;
        this.privacy = privacy;
        this.treatments = treatments;
        this.accounts = accounts;
        this.formats = formats;
        noteDraft.setMaxLength(4_000);
        addClassName("view-page");
        addClassName("patient-page");
    }

    public static RouteParameters id(long patientId) {
        return new RouteParameters("id", Long.toString(patientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong("id").flatMap(patients::open);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title + " – Clinic console";
    }

    private void refresh() {
        patients.current(patient.id()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(PatientListView.class)));
    }

    private void show(Patient shown) {
        patient = shown;
        title = shown.fullName();
        removeAll();
        var histories = courses.history(shown.id());
        var back = new RouterLink("All patients", PatientListView.class);
        back.addClassName("back-link");
        var heading = new Div(new H1(shown.fullName()));
        heading.addClassName("patient-heading");
        shown.erasedAt().ifPresentOrElse(at -> heading.add(badge("Personal data erased", "erased")),
                () -> shown.archivedAt().ifPresent(at -> heading.add(badge("Archived", "archived"))));
        add(back, heading);
        if (shown.erasedAt().isEmpty()) {
            add(actions(shown));
        }
        var consents = patients.consents(shown.id());
        var notes = patients.notes(shown.id());
        var sentInquiries = inquiries.forPatient(shown.id());
        add(facts(shown), outcomes(histories), courseList(histories));
        if (shown.erasedAt().isEmpty()) {
            add(consents(consents), notes(shown, notes), origins(sentInquiries));
        }
        add(new PatientTimeline(formats).of(shown, histories, consents, notes, sentInquiries));
    }

    private Component actions(Patient shown) {
        var bar = new FlexLayout();
        bar.addClassName("record-actions");
        var edit = new Button("Edit details…", e -> new PatientDialog(patients, formats, shown, saved -> {
            refresh();
            Notification.show("Saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open());
        var record = new Button("Record a course…", e -> new CourseDialog(courses, formats, treatments.offered(),
                clinicians(), shown.id(), null, () -> {
                    refresh();
                    Notification.show(shown.isArchived() ? "Course recorded. The record is archived: restore it for"
                            + " the course's follow-ups to appear in the work list."
                            : "Course recorded; its review and repeat-course check are scheduled.")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var json = new DownloadLink("Export (JSON)", "patient-" + shown.id() + ".json", "application/json",
                out -> privacy.writeJson(privacy.export(shown.id(), PatientPrivacy.Format.JSON), out));
        var print = new RouterLink("Printable record", PatientPrintView.class, PatientView.id(shown.id()));
        print.getElement().setAttribute("target", "_blank");
        print.addClassName("export-link");
        bar.add(record, edit, json, print);
        if (shown.isArchived()) {
            bar.add(new Button("Restore from the archive", e -> act(() -> patients.restore(shown.id(),
                    shown.version()), "Restored: the record is back in the lists.")));
        } else {
            bar.add(new Button("Archive…", e -> confirm("Archive " + shown.fullName() + "?",
                    "The record leaves the patient list and the follow-up work list. Nothing in it is deleted, and"
                            + " you can restore it.", "Archive",
                    () -> act(() -> patients.archive(shown.id(), shown.version()), "Archived."))));
        }
        var erase = new Button("Erase on request…", e -> new ErasureDialog(privacy, shown,
                courses.hasCourses(shown.id()), erasure -> {
                    if (erasure == PatientPrivacy.Erasure.DELETED) {
                        Notification.show("The record was erased.");
                        getUI().ifPresent(ui -> ui.navigate(PatientListView.class));
                    } else {
                        Notification.show("Personal data erased; the clinical record stays, de-identified.");
                        refresh();
                    }
                }, this::changedMeanwhile).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        bar.add(erase);
        return bar;
    }

    private Component facts(Patient shown) {
        var facts = new Facts();
        // after an erasure only the year is true: the day and month were removed
        facts.add(shown.erasedAt().isPresent() ? "Year of birth" : "Date of birth", new Span(shown.erasedAt()
                .isPresent() ? Integer.toString(shown.dateOfBirth().getYear()) : formats.date(shown.dateOfBirth())
                        + " (age " + Period.between(shown.dateOfBirth(), formats.today()).getYears() + ")"));
        shown.email().ifPresent(email -> facts.add("Email address", new Anchor("mailto:" + email, email)));
        shown.phone().ifPresent(phone -> facts.add("Phone number",
                new Anchor("tel:" + phone, PhoneNumbers.readable(phone, formats.locale()))));
        shown.address().ifPresent(address -> {
            var lines = new Span();
            lines.setText(address);  // as typed, never as markup
            lines.addClassName("message-text");
            facts.add("Postal address", lines);
        });
        facts.add("Record created", new Span(formats.dateTime(shown.createdAt())));
        shown.archivedAt().ifPresent(at -> facts.add("Archived", new Span(formats.dateTime(at))));
        shown.erasedAt().ifPresent(at -> facts.add("Personal data erased", new Span(formats.dateTime(at)
                + ", on the patient's request. The clinical record is kept without their identity.")));
        return facts;
    }

    private Component outcomes(List<CourseHistory> histories) {
        var section = new Div(new H2("Outcomes"));
        section.addClassName("patient-section");
        var chart = OutcomeChart.of(histories, formats.locale());
        chart.ifPresentOrElse(section::add, () -> section.add(new Paragraph(
                "No scores yet. Baseline scores are taken as a course is recorded, the next at its review.")));
        return section;
    }

    private Component courseList(List<CourseHistory> histories) {
        var section = new Div(new H2("Treatment courses"));
        section.addClassName("patient-section");
        if (histories.isEmpty()) {
            section.add(new Paragraph("No treatment course recorded yet."));
        }
        for (var history : histories.reversed()) {
            section.add(courseCard(history));
        }
        return section;
    }

    private Component courseCard(CourseHistory history) {
        var course = history.course();
        var card = new Div();
        card.addClassName("course-card");
        card.add(new H3(history.treatmentTitle() + " · " + course.bodySite().label()));
        card.add(new Paragraph("Started " + formats.date(course.startedOn()) + " · " + course.cellSource().label()
                + " · " + course.sessions() + (course.sessions() == 1 ? " session" : " sessions") + " · "
                + course.clinician()));
        boolean inCare = patient.erasedAt().isEmpty();
        var baseline = new Div(new Span(history.baseline().map(score -> "Baseline: " + scoreText(score))
                .orElse("No baseline scores.")));
        baseline.addClassName("course-baseline");
        history.baseline().filter(score -> inCare).ifPresent(score -> baseline.add(correctButton(history, score,
                "Baseline of " + courseName(history))));
        card.add(baseline);

        var followUps = new Div();
        followUps.addClassName("course-list");
        for (var followUp : history.followUps()) {
            followUps.add(followUpLine(history, followUp, inCare));
        }
        card.add(new Span("Follow-ups"), followUps);

        var events = new Div();
        events.addClassName("course-list");
        for (var event : history.adverseEvents()) {
            events.add(adverseEventLine(history, event, inCare));
        }
        if (history.adverseEvents().isEmpty()) {
            events.add(new Div(new Span("None reported.")));
        }
        card.add(new Span("Adverse events"), events);

        if (inCare) {
            var buttons = new FlexLayout(
                    new Button("Report an adverse event…", e -> new AdverseEventDialog(courses, formats, course.id(),
                            null, courseName(history), () -> changed("Adverse event reported.")).open()),
                    new Button("Edit course…", e -> new CourseDialog(courses, formats, treatments.offered(),
                            clinicians(), patient.id(), history, () -> changed("Course saved.")).open()));
            buttons.addClassName("course-actions");
            buttons.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
            card.add(buttons);
        }
        return card;
    }

    private Component followUpLine(CourseHistory history, FollowUp followUp, boolean inCare) {
        var status = followUp.status(formats.today());
        var line = new Div();
        line.add(badge(status.label(), "follow-up-" + status.name().toLowerCase()));
        var text = new StringBuilder(" " + followUp.kind().label() + ", due " + formats.date(followUp.dueOn()));
        followUp.doneOn().ifPresent(on -> text.append(" · done ").append(formats.date(on)).append(" by ")
                .append(followUp.doneByName().orElse("")));
        var score = history.scoreAt(followUp);
        score.ifPresent(measured -> text.append(" · ").append(scoreText(measured)));
        var words = new Span();
        words.setText(text.toString());
        line.add(words);
        score.filter(measured -> inCare).ifPresent(measured -> line.add(correctButton(history, measured,
                followUp.kind().label() + " of " + courseName(history))));
        followUp.note().ifPresent(note -> {
            var noteText = new Paragraph();
            noteText.setText(note);
            noteText.addClassName("message-text");
            line.add(noteText);
        });
        // open follow-ups can be recorded from a month before they fall due: a call is sometimes early
        if (inCare && followUp.doneOn().isEmpty() && followUp.dueOn().isBefore(formats.today().plusDays(31))) {
            var record = new Button("Record…", e -> new FollowUpDialog(courses, formats, followUp.id(),
                    followUp.version(), followUp.kind(), followUp.kind().label() + " of " + courseName(history)
                            + ", due " + formats.date(followUp.dueOn()), () -> changed("Follow-up recorded.")).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(record);
        }
        return line;
    }

    private Component adverseEventLine(CourseHistory history, AdverseEvent event, boolean inCare) {
        var line = new Div();
        line.add(badge(event.severity().label(), "severity-" + event.severity().name().toLowerCase()));
        var words = new Span();
        words.setText(" " + event.kind().label() + " from " + formats.date(event.occurredOn())
                + event.description().map(description -> ": " + description).orElse("")
                + " · action: " + event.actionTaken() + " · "
                + event.resolvedOn().map(on -> "resolved " + formats.date(on)).orElse("not resolved")
                + " · recorded by " + event.recordedByName());
        line.add(words);
        if (inCare) {
            var update = new Button("Update…", e -> new AdverseEventDialog(courses, formats, history.course().id(),
                    event, courseName(history), () -> changed("Adverse event saved.")).open());
            update.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(update);
        }
        return line;
    }

    private Component consents(List<PatientConsent> answers) {
        var section = new Div(new H2("Consents"));
        section.addClassName("patient-section");
        var list = new Div();
        list.addClassName("course-list");
        for (var kind : ConsentKind.values()) {
            Optional<PatientConsent> latest = answers.stream().filter(answer -> answer.kind() == kind)
                    .reduce((first, second) -> second);
            var line = new Div(new Span(kind.label() + ": "), new Span(latest.map(answer -> (answer.granted()
                    ? "given" : "refused") + " (" + formats.dateTime(answer.recordedAt()) + ", "
                    + answer.recordedByName() + ")").orElse("not asked yet")));
            var given = new Button("Given", e -> recordConsent(kind, true));
            var refused = new Button("Refused", e -> recordConsent(kind, false));
            given.addThemeVariants(ButtonVariant.LUMO_SMALL);
            refused.addThemeVariants(ButtonVariant.LUMO_SMALL);
            given.setAriaLabel("Record consent given: " + kind.label());
            refused.setAriaLabel("Record consent refused or withdrawn: " + kind.label());
            line.add(given, refused);
            list.add(line);
        }
        section.add(list);
        return section;
    }

    private void recordConsent(ConsentKind kind, boolean granted) {
        confirm(granted ? "Record consent given?" : "Record consent refused or withdrawn?", kind.label() + ". "
                + (granted ? "Record this only once the patient has agreed." : "From now on the record shows it as"
                        + " refused; earlier answers stay in its history."), granted ? "Consent given" : "Refused",
                () -> act(() -> patients.recordConsent(patient.id(), kind, granted), granted ? "Consent recorded."
                        : "Refusal recorded."));
    }

    private Component notes(Patient shown, List<PatientNote> notes) {
        var section = new NoteSection(notes, formats, noteDraft, text -> act(() -> {
            patients.addNote(shown.id(), text);
            noteDraft.clear();
        }, "Note added."));
        section.addClassName("patient-section");
        return section;
    }

    private Component origins(List<Inquiry> sent) {
        var section = new Div(new H2("Inquiries"));
        section.addClassName("patient-section");
        var list = new Div();
        list.addClassName("timeline");
        for (var inquiry : sent) {
            list.add(new Div(new RouterLink(inquiry.reference(), InquiryView.class,
                    InquiryView.reference(inquiry.reference())),
                    new Span(" · sent " + formats.dateTime(inquiry.submittedAt()))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph("Not from an inquiry."));
        }
        section.add(list);
        return section;
    }

    private String courseName(CourseHistory history) {
        return history.treatmentTitle() + ", " + history.course().bodySite().label().toLowerCase() + ", started "
                + formats.date(history.course().startedOn());
    }

    private static String scoreText(OutcomeScore score) {
        return "pain " + score.pain() + "/10, function " + score.function() + "/100"
                + score.correctedByName().map(by -> " (corrected by " + by + ")").orElse("");
    }

    private Button correctButton(CourseHistory history, OutcomeScore score, String what) {
        var correct = new Button("Correct…", e -> new ScoreDialog(courses, score, what,
                () -> changed("Scores corrected.")).open());
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        correct.setAriaLabel("Correct the scores: " + what);
        return correct;
    }

    private List<String> clinicians() {
        return accounts.staff().stream().filter(UserAccount::isEnabled).map(UserAccount::fullName).toList();
    }

    private static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.addClassName("state-badge");
        badge.getElement().setAttribute("data-kind", kind);
        return badge;
    }

    private void changed(String message) {
        refresh();
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            changed(message);
        } catch (PatientChangedMeanwhileException | OptimisticLockingFailureException e) {
            changedMeanwhile();
        }
    }

    private void changedMeanwhile() {
        refresh();
        Notification.show("Someone else changed this record meanwhile. It now shows their change; try again.")
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static void confirm(String question, String consequence, String confirmLabel, Runnable run) {
        var dialog = new ConfirmDialog(question, consequence, confirmLabel, e -> run.run());
        dialog.setCancelable(true);
        dialog.open();
    }
}
