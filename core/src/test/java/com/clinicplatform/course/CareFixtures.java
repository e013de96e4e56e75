package com.clinicplatform.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/** Patients, treatments and a clinician for the care tests, each named uniquely so tests never see each other's. */
public record CareFixtures(PatientService patients, TreatmentService treatments, AccountService accounts) {

    public Patient patient(String name) {
        return patients.create(new PatientDetails(name + " " + unique(), LocalDate.of(1968, 4, 12),
                null, null));
    }

    public long treatment(String title) {
        return treatments.create(new NewTreatment(title + " " + unique(), "About it", null, null,
                List.of(new TreatmentSection("What is it?", "An injection.")), List.of(new FaqEntry("Q?", "A.")))).id();
    }

    public UserAccount clinician() {
        return accounts.findByUsername("care-nurse").orElseGet(() -> accounts.create(new NewAccount("care-nurse",
                "Nia Nurse", null, "a long password for the nurse", Set.of(Role.STAFF), false)));
    }

    public static CourseDetails course(long treatmentId, LocalDate startedOn, Integer pain, Integer function) {
        return new CourseDetails(treatmentId, BodySite.KNEE_LEFT, CellSource.BONE_MARROW, startedOn, "Dr Ines Vale",
                2, pain, function);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
