package com.clinicplatform.inquiry;

import java.io.OutputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.patient.PossibleDuplicate;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.system.SpreadsheetCsv;

/**
 * The staff's side of inquiries: finding them, moving them along, assigning, noting, converting to patients,
 * exporting and, after their retention, purging them. Every change is checked against the version the person saw and
 * written to the audit trail in its own transaction.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(InquiryRetention.class)
public class InquiryInbox {

    /** How inquiries are named on the audit trail. */
    public static final String AUDIT_TARGET = "inquiry";
    /** Newest first: the order of the inbox and its export. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
    static final int EXPORT_BATCH = 500;

    private final InquiryRepository inquiries;
    private final InquiryNoteRepository notes;
    private final PatientService patients;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ClinicProperties settings;
    private final InquiryRetention retention;
    private final Clock clock;

    InquiryInbox(InquiryRepository inquiries, InquiryNoteRepository notes, PatientService patients,
            AccountService accounts, AuditTrail audit, ClinicProperties settings, InquiryRetention retention,
            Clock clock) {
        this.inquiries = inquiries;
        this.notes = notes;
        this.patients = patients;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.retention = retention;
        this.clock = clock;
    }

    /** One page of the inquiries the filter lets through; sorted as asked, newest first by default. */
    public Page<Inquiry> page(InquiryFilter filter, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return inquiries.findAll(specification(filter), sorted);
    }

    public long count(InquiryFilter filter) {
        return inquiries.count(specification(filter));
    }

    /** How many wait for someone to pick them up: the number beside "Inquiries" in the navigation. */
    public long newCount() {
        return inquiries.countByStatus(InquiryStatus.NEW);
    }

    /**
     * The week's new inquiries and how many inquiries become patients: of those received in the last
     * {@value InquiryFigures#CONVERSION_DAYS} days (spam left out), the share converted so far.
     */
    public InquiryFigures figures() {
        var now = clock.instant();
        var weekStart = LocalDate.ofInstant(now, settings.timeZone()).with(DayOfWeek.MONDAY)
                .atStartOfDay(settings.timeZone()).toInstant();
        var conversionStart = now.minus(Duration.ofDays(InquiryFigures.CONVERSION_DAYS));
        return new InquiryFigures(inquiries.countBySubmittedAtGreaterThanEqualAndStatusNot(weekStart,
                InquiryStatus.SPAM),
                inquiries.countBySubmittedAtGreaterThanEqualAndStatusNot(conversionStart, InquiryStatus.SPAM),
                inquiries.countBySubmittedAtGreaterThanEqualAndStatus(conversionStart, InquiryStatus.CONVERTED));
    }

    /** The inquiry, for a member of staff to read: the reading is on the audit trail. */
    @Transactional
    public Optional<Inquiry> open(String reference) {
        var inquiry = inquiries.findByReference(reference.strip().toUpperCase(settings.locale()));
        inquiry.ifPresent(found -> audit.record(AuditAction.INQUIRY_VIEWED, AUDIT_TARGET, found.id(), Map.of()));
        return inquiry;
    }

    /** The inquiry as it is now, for the person who has it open and just changed it (not another reading). */
    public Optional<Inquiry> current(long id) {
        return inquiries.findById(id);
    }

    /** The inquiries that became this patient, newest first. */
    public List<Inquiry> forPatient(long patientId) {
        return inquiries.findByPatientIdOrderBySubmittedAtDesc(patientId);
    }

    /**
     * Deletes the inquiries a patient came from, with their notes and mail, as the patient's data is erased on their
     * request. The erasure itself is recorded by whoever erases.
     *
     * @return how many were deleted
     */
    @Transactional
    public int eraseForPatient(long patientId) {
        return inquiries.deleteByPatient(patientId);
    }

    /** Moves the inquiry along one of DOMAIN.md's moves; {@code consultation} is needed for SCHEDULED only. */
    @Transactional
    public Inquiry move(long id, long seenVersion, InquiryStatus next, Instant consultation) {
        var inquiry = forChange(id, seenVersion);
        var details = new LinkedHashMap<String, String>();
        details.put("from", inquiry.status().name());
        details.put("to", next.name());
        inquiry.moveTo(next, consultation, clock.instant());
        inquiry.consultationAt().ifPresent(at -> details.put("consultation", at.toString()));
        audit.record(AuditAction.INQUIRY_STATUS_CHANGED, AUDIT_TARGET, id, details);
        return inquiries.saveAndFlush(inquiry);
    }

    /** Gives the inquiry to a member of staff ({@code accountId}), or to nobody (null). */
    @Transactional
    public Inquiry assign(long id, long seenVersion, Long accountId) {
        var inquiry = forChange(id, seenVersion);
        if (accountId != null && assignees().stream().noneMatch(account -> account.id() == accountId.longValue())) {
            throw new IllegalArgumentException("only staff whose accounts are enabled can work inquiries");
        }
        if (Objects.equals(inquiry.assigneeId().orElse(null), accountId)) {
            return inquiry;
        }
        inquiry.assignTo(accountId, clock.instant());
        audit.record(AuditAction.INQUIRY_ASSIGNED, AUDIT_TARGET, id,
                accountId == null ? Map.of("assignee", "nobody") : Map.of("assignee", accountId.toString()));
        return inquiries.saveAndFlush(inquiry);
    }

    /** Adds a note, signed by whoever is acting. */
    @Transactional
    public InquiryNote addNote(long id, String text) {
        if (text == null || text.isBlank() || text.strip().length() > 2_000) {
            throw new IllegalArgumentException("a note has 1 to 2,000 characters");
        }
        var inquiry = inquiries.findForChange(id).orElseThrow(() -> new IllegalArgumentException("no such inquiry"));
        var actor = audit.actor();
        var author = accounts.signatureOf(actor);
        var note = notes.save(new InquiryNote(inquiry.id(), actor.accountId(), author, text.strip(), clock.instant()));
        audit.record(actor, AuditAction.INQUIRY_NOTE_ADDED, AUDIT_TARGET, id, Map.of("note", note.id().toString()));
        return note;
    }

    public List<InquiryNote> notes(long id) {
        return notes.findByInquiryIdOrderByWrittenAtAscIdAsc(id);
    }

    /** Everything done to the inquiry, oldest first, from the audit trail. */
    public List<AuditEvent> history(long id) {
        return audit.history(AUDIT_TARGET, id);
    }

    /** Patients on record who may be the person who sent this inquiry, born on {@code dateOfBirth}. */
    public List<PossibleDuplicate> likelyPatients(long id, LocalDate dateOfBirth) {
        var inquiry = inquiries.findById(id).orElseThrow(() -> new IllegalArgumentException("no such inquiry"));
        return patients.likelyDuplicates(asPatient(inquiry, dateOfBirth));
    }

    /**
     * Converts the inquiry: to a new patient record made from it, or, when {@code existingPatientId} is given, linked
     * to a patient already on record.
     *
     * @return the patient's id
     */
    @Transactional
    public long convert(long id, long seenVersion, LocalDate dateOfBirth, Long existingPatientId) {
        var inquiry = forChange(id, seenVersion);
        if (!inquiry.status().convertible()) {
            throw new IllegalInquiryMoveException(inquiry.status(), InquiryStatus.CONVERTED);
        }
        long patientId = existingPatientId != null
                ? patients.open(existingPatientId).orElseThrow(() -> new IllegalArgumentException("no such patient"))
                        .id()
                : patients.create(asPatient(inquiry, dateOfBirth)).id();
        var from = inquiry.status();
        inquiry.convertedTo(patientId, clock.instant());
        audit.record(AuditAction.INQUIRY_CONVERTED, AUDIT_TARGET, id, Map.of("from", from.name(),
                "patient", Long.toString(patientId), "record", existingPatientId != null ? "existing" : "new"));
        inquiries.saveAndFlush(inquiry);
        return patientId;
    }

    /** Staff who can be given an inquiry, by name. */
    public List<UserAccount> assignees() {
        return accounts.staff().stream().filter(UserAccount::isEnabled).toList();
    }

    /** Writes the inquiries the filter lets through, newest first, as CSV; the export is on the audit trail. */
    @Transactional
    public int export(InquiryFilter filter, OutputStream out) {
        Map<Long, String> staffNames = accounts.staff().stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(settings.timeZone());
        Function<Instant, String> format = at -> at == null ? "" : time.format(at);
        int rows = 0;
        try (var csv = new SpreadsheetCsv(out, "Reference", "Sent", "Status", "Full name", "Email address",
                "Phone number", "Preferred contact method", "Best time to reach you", "Treatment", "Assigned to",
                "Consultation", "Message")) {
            Pageable batch = PageRequest.of(0, EXPORT_BATCH, NEWEST_FIRST);
            Page<Inquiry> page;
            do {
                page = inquiries.findAll(specification(filter), batch);
                for (var inquiry : page) {
                    csv.row(inquiry.reference(), format.apply(inquiry.submittedAt()), inquiry.status().label(),
                            inquiry.fullName(), inquiry.email(), inquiry.phoneAsTyped(),
                            inquiry.preferredContact() == ContactMethod.PHONE ? "By phone" : "By email",
                            inquiry.bestTime(), Objects.requireNonNullElse(inquiry.treatmentTitle(), "Not sure yet"),
                            inquiry.assigneeId().map(staffNames::get).orElse(""),
                            format.apply(inquiry.consultationAt().orElse(null)), inquiry.message());
                    rows++;
                }
                batch = batch.next();
            } while (page.hasNext());
        }
        audit.record(AuditAction.INQUIRIES_EXPORTED, AUDIT_TARGET, null, exportDetails(filter, rows));
        return rows;
    }

    /**
     * Deletes the inquiries past their retention: those that never became patients, untouched for
     * {@code CLINIC_INQUIRY_RETENTION_MONTHS}, and spam untouched for {@code CLINIC_SPAM_RETENTION_DAYS}. The purge
     * is on the audit trail, as counts; converted inquiries stay with their patient.
     *
     * @return how many inquiries went
     */
    @Transactional
    public int purgeExpired() {
        var now = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        int unconverted = inquiries.deleteUnconvertedUntouchedSince(
                now.minusMonths(retention.inquiryRetentionMonths()).toInstant());
        int spam = inquiries.deleteSpamUntouchedSince(now.minusDays(retention.spamRetentionDays()).toInstant());
        if (unconverted + spam > 0) {
            audit.record(Actor.PLATFORM, AuditAction.INQUIRIES_PURGED, AUDIT_TARGET, null,
                    Map.of("inquiries", Integer.toString(unconverted), "spam", Integer.toString(spam)));
        }
        return unconverted + spam;
    }

    private Inquiry forChange(long id, long seenVersion) {
        var inquiry = inquiries.findForChange(id).orElseThrow(() -> new IllegalArgumentException("no such inquiry"));
        if (inquiry.version() != seenVersion) {
            throw new InquiryChangedMeanwhileException();
        }
        return inquiry;
    }

    private static PatientDetails asPatient(Inquiry inquiry, LocalDate dateOfBirth) {
        return new PatientDetails(inquiry.fullName(), dateOfBirth, inquiry.email(), inquiry.phone());
    }

    /** What was exported, as codes and ids: never the search text, which may be a patient's name. */
    private static Map<String, String> exportDetails(InquiryFilter filter, int rows) {
        var details = new LinkedHashMap<String, String>();
        details.put("rows", Integer.toString(rows));
        if (filter.status() != null) {
            details.put("status", filter.status().name());
        }
        if (filter.treatmentId() != null) {
            details.put("treatment", filter.treatmentId().toString());
        }
        if (filter.submittedFrom() != null) {
            details.put("from", filter.submittedFrom().toString());
        }
        if (filter.submittedUntil() != null) {
            details.put("until", filter.submittedUntil().toString());
        }
        if (filter.text() != null) {
            details.put("searched", "yes");
        }
        return details;
    }

    private Specification<Inquiry> specification(InquiryFilter filter) {
        var zone = settings.timeZone();
        var parts = new ArrayList<Specification<Inquiry>>();
        parts.add(filter.status() == null
                ? (root, query, cb) -> cb.notEqual(root.get("status"), InquiryStatus.SPAM)
                : (root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        if (filter.treatmentId() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("treatmentId"), filter.treatmentId()));
        }
        if (filter.submittedFrom() != null) {
            var start = filter.submittedFrom().atStartOfDay(zone).toInstant();
            parts.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("submittedAt"), start));
        }
        if (filter.submittedUntil() != null) {
            var end = filter.submittedUntil().plusDays(1).atStartOfDay(zone).toInstant();
            parts.add((root, query, cb) -> cb.lessThan(root.get("submittedAt"), end));
        }
        switch (filter.assignee().kind()) {
            case NOBODY -> parts.add((root, query, cb) -> cb.isNull(root.get("assigneeId")));
            case ACCOUNT -> parts.add((root, query, cb) -> cb.equal(root.get("assigneeId"),
                    filter.assignee().accountId()));
            case ANYONE -> {
                // no condition
            }
        }
        if (filter.text() != null) {
            // the trigram index of V7 serves a LIKE on the generated, lower-cased search text
            var pattern = "%" + filter.text().toLowerCase(settings.locale()).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        return Specification.allOf(parts);
    }
}
