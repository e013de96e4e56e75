package com.clinicplatform.admin.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.privacy.PatientPrivacy;
import com.clinicplatform.privacy.PatientRecord;

/**
 * A patient's whole record as a plain page to print or save as PDF, for a patient who asked for a copy: the same
 * content as the JSON export, without the console around it. Taking it is on the audit trail.
 */
@Route(value = "patients/:id([0-9]{1,18})/print", autoLayout = false)
@RolesAllowed("STAFF")
public class PatientPrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PatientPrivacy privacy;
    private final PatientService patients;
    private final ConsoleFormats formats;
    private String title = "Patient record";

    PatientPrintView(PatientPrivacy privacy, PatientService patients, ConsoleFormats formats) {
        this.privacy = privacy;
        this.patients = patients;
        this.formats = formats;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id")
                .filter(found -> patients.current(found).filter(p -> p.erasedAt().isEmpty()).isPresent());
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(privacy.export(id.get(), PatientPrivacy.Format.PRINT));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(PatientRecord record) {
        var person = record.patient();
        title = "Record of " + person.fullName();
        var print = new Button("Print", e -> e.getSource().getElement().executeJs("window.print()"));
        var back = new RouterLink("Back to the record", PatientView.class, PatientView.id(person.id()));
        var tools = new Div(print, back);
        tools.addClassName("print-tools");
        add(tools, new H1(title), text("Kept by " + record.clinic() + ". Printed " + formats.dateTime(
                record.exportedAt()) + "."));

        add(new H2("Personal details"), table(List.of(new String[] {"Full name", person.fullName()},
                new String[] {"Date of birth", formats.date(person.dateOfBirth())},
                new String[] {"Email address", orDash(person.email())},
                new String[] {"Phone number", person.phone() == null ? "–"
                        : PhoneNumbers.readable(person.phone(), formats.locale())},
                new String[] {"Postal address", orDash(person.address())},
                new String[] {"Record created", formats.dateTime(person.recordCreatedAt())}),
                row -> row, "", ""));

        add(new H2("Consents"));
        add(record.consents().isEmpty() ? text("None recorded.")
                : table(record.consents(), consent -> new String[] {consent.about(), consent.granted() ? "Given"
                        : "Refused", at(consent.recordedAt()), consent.recordedBy()},
                        "About", "Answer", "Recorded", "By"));

        add(new H2("Treatment courses"));
        if (record.treatmentCourses().isEmpty()) {
            add(text("None recorded."));
        }
        for (var course : record.treatmentCourses()) {
            add(new H3(course.treatment() + " · " + course.bodySite()));
            add(text("Started " + day(course.startedOn()) + " · " + course.cellSource() + " · " + course.sessions()
                    + " session(s) · " + course.clinician()));
            add(table(course.followUps(), followUp -> new String[] {followUp.kind(), day(followUp.dueOn()),
                    followUp.status(), day(followUp.doneOn()), orDash(followUp.doneBy()), orDash(followUp.note())},
                    "Follow-up", "Due", "Status", "Done", "By", "Note"));
            if (!course.scores().isEmpty()) {
                add(table(course.scores(), score -> new String[] {score.when(), day(score.measuredOn()),
                        score.pain() + "/10", score.function() + "/100", score.recordedBy()},
                        "Scores", "Measured", "Pain", "Function", "Recorded by"));
            }
            if (!course.adverseEvents().isEmpty()) {
                add(table(course.adverseEvents(), event -> new String[] {event.what(), day(event.occurredOn()),
                        event.severity(), orDash(event.description()), event.actionTaken(),
                        event.resolvedOn() == null ? "Not resolved" : day(event.resolvedOn())},
                        "Adverse event", "From", "Severity", "Description", "Action taken", "Resolved"));
            }
        }

        add(new H2("Notes"));
        add(record.notes().isEmpty() ? text("None.")
                : table(record.notes(), note -> new String[] {at(note.writtenAt()), note.author(), note.text()},
                        "Written", "By", "Note"));

        add(new H2("Inquiries"));
        add(record.inquiries().isEmpty() ? text("None.")
                : table(record.inquiries(), inquiry -> new String[] {inquiry.reference(), at(inquiry.sentAt()),
                        inquiry.treatment(), inquiry.status(), orDash(inquiry.message())},
                        "Reference", "Sent", "About", "Status", "Message"));
    }

    /** A table of text cells: every value is set as text, so nothing anyone typed becomes markup. */
    private static <T> Component table(List<T> rows, Function<T, String[]> cells, String... headings) {
        var table = new NativeTable();
        if (headings.length > 0 && !headings[0].isEmpty()) {
            var head = new NativeTableRow();
            for (var heading : headings) {
                var cell = new NativeTableHeaderCell();
                cell.setText(heading);
                head.add(cell);
            }
            table.add(new NativeTableHeader(head));
        }
        var body = new NativeTableBody();
        for (var row : rows) {
            var line = new NativeTableRow();
            for (var value : cells.apply(row)) {
                var cell = new NativeTableCell();
                cell.setText(value);
                line.add(cell);
            }
            body.add(line);
        }
        table.add(body);
        return table;
    }

    private static Paragraph text(String text) {
        var paragraph = new Paragraph();
        paragraph.setText(text);
        return paragraph;
    }

    private String at(Instant instant) {
        return formats.dateTime(instant);
    }

    private String day(LocalDate date) {
        return date == null ? "–" : formats.date(date);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
