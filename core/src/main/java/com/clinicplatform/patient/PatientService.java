package com.clinicplatform.patient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/** Patient records: created, found and opened here, each step on the audit trail. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class PatientService {

    /** How patients are named on the audit trail. */
    public static final String AUDIT_TARGET = "patient";

    private static final int NOTE_LENGTH = 4_000;

    private final PatientRepository patients;
    private final PatientNoteRepository notes;
    private final PatientConsentRepository consents;
    private final PatientSearch search;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    PatientService(PatientRepository patients, PatientNoteRepository notes, PatientConsentRepository consents,
            PatientSearch search, AccountService accounts, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.notes = notes;
        this.consents = consents;
        this.search = search;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the record; joins the caller's transaction when there is one (converting an inquiry, say). */
    @Transactional
    public Patient create(@Valid PatientDetails details) {
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
    public List<PossibleDuplicate> likelyDuplicates(PatientDetails person) {
        return patients.findLikelySamePerson(person.email(), person.phone(), person.fullName().strip(),
                person.dateOfBirth()).stream()
                .map(patient -> new PossibleDuplicate(patient, matches(patient, person)))
                .toList();
    }

    /**
     * Corrects who the patient is or how to reach them.
     *
     * @throws PatientChangedMeanwhileException when someone else saved the record since {@code seenVersion}
     */
    @Transactional
    public Patient change(long id, long seenVersion, @Valid PatientDetails details) {
        var patient = forChange(id, seenVersion);
        var before = patient.details();
        patient.change(details, clock.instant());
        audit.record(AuditAction.PATIENT_CHANGED, AUDIT_TARGET, id, Map.of("fields", changedFields(before,
                patient.details())));
        return patients.saveAndFlush(patient);
    }

    /** Takes the record out of the daily lists and work lists; nothing in it is lost. */
    @Transactional
    public Patient archive(long id, long seenVersion) {
        var patient = forChange(id, seenVersion);
        patient.archive(clock.instant());
        audit.record(AuditAction.PATIENT_ARCHIVED, AUDIT_TARGET, id, Map.of());
        return patients.saveAndFlush(patient);
    }

    @Transactional
    public Patient restore(long id, long seenVersion) {
        var patient = forChange(id, seenVersion);
        patient.restore(clock.instant());
        audit.record(AuditAction.PATIENT_RESTORED, AUDIT_TARGET, id, Map.of());
        return patients.saveAndFlush(patient);
    }

    /** Adds a note, signed by whoever is acting. */
    @Transactional
    public PatientNote addNote(long id, String text) {
        if (text == null || text.isBlank() || text.strip().length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("a note has 1 to 4,000 characters");
        }
        requireInCare(id);
        var actor = audit.actor();
        var note = notes.save(new PatientNote(id, actor.accountId(), accounts.signatureOf(actor), text.strip(),
                clock.instant()));
        audit.record(actor, AuditAction.PATIENT_NOTE_ADDED, AUDIT_TARGET, id, Map.of("note", note.id().toString()));
        return note;
    }

    public List<PatientNote> notes(long id) {
        return notes.findByPatientIdOrderByWrittenAtAscIdAsc(id);
    }

    /** Records the patient's answer about one kind of consent; earlier answers stay as its history. */
    @Transactional
    public PatientConsent recordConsent(long id, ConsentKind kind, boolean granted) {
        requireInCare(id);
        var consent = consents.save(new PatientConsent(id, kind, granted, clock.instant(),
                accounts.signatureOf(audit.actor())));
        audit.record(AuditAction.PATIENT_CONSENT_RECORDED, AUDIT_TARGET, id,
                Map.of("consent", kind.name(), "granted", Boolean.toString(granted)));
        return consent;
    }

    /** Every answer the patient gave, oldest first: the last of each kind is the one that holds. */
    public List<PatientConsent> consents(long id) {
        return consents.findByPatientIdOrderByRecordedAtAscIdAsc(id);
    }

    /**
     * Locks the record for an erasure, until the transaction ends: nothing can be added to it meanwhile, so what the
     * erasure sees is what it erases.
     *
     * @throws PatientChangedMeanwhileException when someone else saved the record since {@code seenVersion}
     */
    @Transactional
    public Patient lockForErasure(long id, long seenVersion) {
        var patient = patients.findForUpdate(id).orElseThrow(PatientChangedMeanwhileException::new);
        if (patient.version() != seenVersion || patient.erasedAt().isPresent()) {
            throw new PatientChangedMeanwhileException();
        }
        return patient;
    }

    /**
     * Removes the patient's personal data on their request, within {@link #lockForErasure}'s transaction. When a
     * clinical record must be kept (they had treatment), the record stays, de-identified: name, contact details,
     * address and notes go, the birth date keeps its year only. Otherwise the whole record goes; the database refuses
     * that for a patient with courses. Whoever erases records it on the audit trail.
     */
    @Transactional
    public void erase(long id, boolean keepClinicalRecord) {
        var patient = patients.findForUpdate(id).orElseThrow(PatientChangedMeanwhileException::new);
        if (keepClinicalRecord) {
            patient.erase(clock.instant());
            notes.deleteByPatientId(id);
            patients.saveAndFlush(patient);
        } else {
            patients.delete(patient);
            patients.flush();
        }
    }

    /**
     * The record, for other parts of the platform to add to.
     *
     * @throws PatientChangedMeanwhileException when it is gone or its personal data was erased meanwhile
     */
    public Patient requireInCare(long id) {
        return inCare(patients.findById(id));
    }

    /** {@link #requireInCare}, and the record cannot be erased until the transaction ends: a course is added to it. */
    @Transactional
    public Patient holdInCare(long id) {
        return inCare(patients.findForShare(id));
    }

    private static Patient inCare(Optional<Patient> found) {
        var patient = found.orElseThrow(PatientChangedMeanwhileException::new);
        if (patient.erasedAt().isPresent()) {
            throw new PatientChangedMeanwhileException();
        }
        return patient;
    }

    /** The record as it is now, to show again after a change made from it (the opening was recorded already). */
    public Optional<Patient> current(long id) {
        return patients.findById(id);
    }

    /** The record, for a member of staff to read: the reading is on the audit trail. */
    @Transactional
    public Optional<Patient> open(long id) {
        var patient = patients.findById(id);
        patient.ifPresent(found -> audit.record(AuditAction.PATIENT_VIEWED, AUDIT_TARGET, found.id(), Map.of()));
        return patient;
    }

    private Patient forChange(long id, long seenVersion) {
        var patient = requireInCare(id);
        if (patient.version() != seenVersion) {
            throw new PatientChangedMeanwhileException();
        }
        return patient;
    }

    /** Which details changed, by field name: never their values, which are patient data. */
    private static String changedFields(PatientDetails before, PatientDetails after) {
        var fields = new ArrayList<String>();
        for (var component : PatientDetails.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    fields.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(",", fields);
    }

    private static EnumSet<PossibleDuplicate.Match> matches(Patient patient, PatientDetails person) {
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
