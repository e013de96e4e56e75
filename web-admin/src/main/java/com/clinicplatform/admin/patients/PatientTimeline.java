package com.clinicplatform.admin.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.course.CourseHistory;
import com.clinicplatform.course.FollowUpStatus;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientConsent;
import com.clinicplatform.patient.PatientNote;

/** Everything in a patient's story in one list, newest first: inquiries, courses, follow-ups, scores, events, notes. */
final class PatientTimeline {

    /** One moment; {@code day} when only the date is known (a course's start), else the exact time. */
    private record Entry(Instant at, boolean dayOnly, String what) {
    }

    private final ConsoleFormats formats;
    private final List<Entry> entries = new ArrayList<>();

    PatientTimeline(ConsoleFormats formats) {
        this.formats = formats;
    }

    Component of(Patient patient, List<CourseHistory> histories, List<PatientConsent> consents,
            List<PatientNote> notes, List<Inquiry> inquiries) {
        var today = formats.today();
        at(patient.createdAt(), "Patient record created");
        patient.archivedAt().ifPresent(at -> at(at, "Record archived"));
        patient.erasedAt().ifPresent(at -> at(at, "Personal data erased on the patient's request"));
        for (var inquiry : inquiries) {
            at(inquiry.submittedAt(), "Inquiry " + inquiry.reference() + " sent about "
                    + (inquiry.treatmentTitle() != null ? inquiry.treatmentTitle() : "a treatment not yet chosen"));
        }
        for (var history : histories) {
            var course = history.course();
            var name = history.treatmentTitle() + " (" + course.bodySite().label().toLowerCase() + ")";
            on(course.startedOn(), "Course started: " + name + ", " + course.clinician());
            for (var score : history.scores()) {
                on(score.measuredOn(), (score.isBaseline() ? "Baseline scores" : "Scores") + " for " + name
                        + ": pain " + score.pain() + "/10, function " + score.function() + "/100");
            }
            for (var followUp : history.followUps()) {
                var status = followUp.status(today);
                if (status == FollowUpStatus.DONE || status == FollowUpStatus.NOT_REACHED) {
                    on(followUp.doneOn().orElseThrow(), followUp.kind().label() + (status == FollowUpStatus.DONE
                            ? " done" : " closed, patient not reached") + " for " + name + " by "
                            + followUp.doneByName().orElse(""));
                } else if (status == FollowUpStatus.MISSED) {
                    on(followUp.dueOn(), followUp.kind().label() + " for " + name + " due, and missed");
                } else {
                    on(followUp.dueOn(), followUp.kind().label() + " for " + name + " "
                            + (status == FollowUpStatus.DUE ? "due now" : "planned"));
                }
            }
            for (var event : history.adverseEvents()) {
                on(event.occurredOn(), "Adverse event after " + name + ": " + event.kind().label().toLowerCase()
                        + ", " + event.severity().label().toLowerCase());
                event.resolvedOn().ifPresent(on -> on(on, event.kind().label() + " resolved"));
            }
        }
        for (var consent : consents) {
            at(consent.recordedAt(), "Consent " + (consent.granted() ? "given" : "refused") + ": "
                    + consent.kind().label().toLowerCase());
        }
        for (var note : notes) {
            at(note.writtenAt(), "Note by " + note.authorName());
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());

        var list = new Div();
        list.addClassName("timeline");
        for (var entry : entries) {
            var when = new Span(entry.dayOnly() ? formats.date(LocalDate.ofInstant(entry.at(), formats.zone()))
                    : formats.dateTime(entry.at()));
            when.addClassName("timeline-meta");
            var what = new Paragraph();
            what.setText(entry.what());  // names and titles typed by people: text, never markup
            list.add(new Div(when, what));
        }
        var section = new Div(new H2("Timeline"), list);
        section.addClassName("patient-section");
        return section;
    }

    private void at(Instant at, String what) {
        entries.add(new Entry(at, false, what));
    }

    private void on(LocalDate day, String what) {
        entries.add(new Entry(day.atStartOfDay(formats.zone()).toInstant(), true, what));
    }
}
