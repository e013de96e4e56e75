package com.clinicplatform.patient;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/** Patient records: created, found and opened here, each step on the audit trail. */
@Service
@Validated
@Transactional(readOnly = true)
public class PatientService {

    /** How patients are named on the audit trail. */
    public static final String AUDIT_TARGET = "patient";

    private final PatientRepository patients;
    private final PatientSearch search;
    private final AuditTrail audit;
    private final Clock clock;

    PatientService(PatientRepository patients, PatientSearch search, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the record; joins the caller's transaction when there is one (converting an inquiry, say). */
    @Transactional
    public Patient create(@Valid NewPatient details) {
        var patient = patients.save(new Patient(details, clock.instant()));
        audit.record(AuditAction.PATIENT_CREATED, AUDIT_TARGET, patient.id(), Map.of());
        return patient;
    }

    /**
     * One page of the patients that match what was typed (see {@link PatientSearch}: a name or a fragment of it, an
     * email, a phone number or a birth date), by name. There is no total: among a million patients, counting them
     * would cost more than finding them.
     */
    public List<Patient> search(String typed, boolean includeArchived, int offset, int limit) {
        return search.page(typed, includeArchived, offset, limit);
    }

    /** Patients who may be this person already: the same email, the same phone, or the same name and birth date. */
    public List<PossibleDuplicate> likelyDuplicates(NewPatient person) {
        return patients.findLikelySamePerson(person.email(), person.phone(), person.fullName().strip(),
                person.dateOfBirth()).stream()
                .map(patient -> new PossibleDuplicate(patient, matches(patient, person)))
                .toList();
    }

    /** The record, for a member of staff to read: the reading is on the audit trail. */
    @Transactional
    public Optional<Patient> open(long id) {
        var patient = patients.findById(id);
        patient.ifPresent(found -> audit.record(AuditAction.PATIENT_VIEWED, AUDIT_TARGET, found.id(), Map.of()));
        return patient;
    }

    private static EnumSet<PossibleDuplicate.Match> matches(Patient patient, NewPatient person) {
        var matches = EnumSet.noneOf(PossibleDuplicate.Match.class);
        if (person.email() != null && patient.email().filter(person.email()::equalsIgnoreCase).isPresent()) {
            matches.add(PossibleDuplicate.Match.EMAIL);
        }
        if (person.phone() != null && patient.phone().filter(person.phone()::equals).isPresent()) {
            matches.add(PossibleDuplicate.Match.PHONE);
        }
        if (patient.fullName().equalsIgnoreCase(person.fullName().strip())
                && patient.dateOfBirth().equals(person.dateOfBirth())) {
            matches.add(PossibleDuplicate.Match.NAME_AND_BIRTH_DATE);
        }
        return matches;
    }
}
