package com.clinicplatform.dev;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What reception records about a patient besides their care: the consents asked for at registration (core's
 * {@code ConsentKind}), now and then changed later by a new row, and a few short notes.
 */
final class ConsentsAndNotes {

    /** Patients never treated whose consents were still asked for at registration. */
    private static final double CONSENTS_WITHOUT_COURSE = 0.5;
    private static final double FOLLOW_UP_CONTACT = 0.9;
    private static final double OUTCOME_RESEARCH = 0.7;
    /** Patients who later changed an answer (health records excepted: treatment needs them). */
    private static final double CHANGED_MIND = 0.03;
    private static final double WITH_NOTES = 0.1;

    final CopyTable consents = new CopyTable("patient_consent",
            "patient_id, kind, granted, recorded_at, recorded_by_name");
    final CopyTable notes = new CopyTable("patient_note", "patient_id, author_name, body, written_at");
    private final ClinicCalendar calendar;

    ConsentsAndNotes(ClinicCalendar calendar) {
        this.calendar = calendar;
    }

    List<CopyTable> tables() {
        return List.of(consents, notes);
    }

    /** Everyone treated gave consent to health records; fewer to follow-up contact, fewer still to research. */
    void consents(PatientRows.Patient patient, boolean inCare, Random random) {
        if (!inCare && random.nextDouble() >= CONSENTS_WITHOUT_COURSE) {
            return;
        }
        var by = Texts.any(Texts.FRONT_DESK, random);
        var at = calendar.between(patient.registered(), patient.registered().plusSeconds(1200), random);
        consents.add(patient.id(), "HEALTH_RECORDS", true, at, by);
        answer(patient.id(), "FOLLOW_UP_CONTACT", random.nextDouble() < FOLLOW_UP_CONTACT, at, by, random);
        answer(patient.id(), "OUTCOME_RESEARCH", random.nextDouble() < OUTCOME_RESEARCH, at, by, random);
    }

    private void answer(long patientId, String kind, boolean granted, Instant at, String by, Random random) {
        consents.add(patientId, kind, granted, at, by);
        if (random.nextDouble() < CHANGED_MIND) {
            consents.add(patientId, kind, !granted, calendar.between(at, calendar.now(), random),
                    Texts.any(Texts.FRONT_DESK, random));
        }
    }

    void notes(PatientRows.Patient patient, Random random) {
        if (random.nextDouble() >= WITH_NOTES) {
            return;
        }
        for (int i = random.nextInt(3); i >= 0; i--) {
            var author = Texts.any(random.nextBoolean() ? Texts.FRONT_DESK : Texts.NURSES, random);
            notes.add(patient.id(), author, Texts.any(Texts.PATIENT_NOTES, random),
                    calendar.between(patient.registered(), calendar.now(), random));
        }
    }
}
