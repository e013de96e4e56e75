package com.clinicplatform.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.patient.PossibleDuplicate;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** Each test sends its own inquiries, named so that its filters find only them. */
@SpringBootTest(properties = {"clinic.inquiry-retention-months=24", "clinic.spam-retention-days=30"})
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class InquiryInboxTest {

    private static final RateLimit ANYONE = new RateLimit("any-client", 1_000_000, Duration.ofMinutes(10));

    @Autowired
    InquiryService inquiries;

    @Autowired
    InquiryInbox inbox;

    @Autowired
    AccountService accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    ActingPerson acting;

    @Autowired
    JdbcClient jdbc;

    private long frontDeskId;

    @BeforeEach
    void actAsTheFrontDesk() {
        var frontDesk = accounts.findByUsername("inbox-frontdesk").orElseGet(() -> accounts.create(new NewAccount(
                "inbox-frontdesk", "Fran Desk", "fran@clinic.example", "a long password for fran", Set.of(Role.STAFF),
                false)));
        frontDeskId = frontDesk.id();
        acting.as(frontDesk);
    }

    @Test
    void theInboxShowsNewestFirstLeavesSpamOutUnlessAskedAndFindsAFragmentOfAnything() {
        String tag = tag();
        var older = send(tag + " Older", "older-" + tag + "@example.com", null);
        clock.advance(Duration.ofMinutes(1));
        var newer = send(tag + " Newer", null, "+442079460999");
        var spam = inquiries.submit(sent(tag + " Bot", "bot@example.com", null), UUID.randomUUID(), "honeypot",
                ANYONE);

        var byTag = filter(null, tag);
        assertThat(references(byTag)).containsExactly(newer.reference(), older.reference());
        assertThat(references(filter(InquiryStatus.SPAM, tag))).containsExactly(spam.reference());
        assertThat(references(filter(null, "OLDER-" + tag.toUpperCase() + "@EXAMPLE"))).containsExactly(
                older.reference());
        assertThat(references(filter(null, "2079460999"))).contains(newer.reference());
        assertThat(references(filter(null, newer.reference().toLowerCase()))).containsExactly(newer.reference());
        assertThat(inbox.count(byTag)).isEqualTo(2);
        // LIKE's own wildcards are searched for as characters, not used as wildcards
        assertThat(references(filter(null, tag + "%"))).isEmpty();
    }

    @Test
    void filtersByDateRangeInTheClinicsTimeZoneAndByAssignee() {
        String tag = tag();
        // 23:30 UTC in summer is already the next day in London
        var back = Duration.ofDays(100).minusHours(13).minusMinutes(30);
        clock.advance(back.negated());
        var lateEvening = send(tag + " Late", "late@example.com", null);
        clock.advance(back);
        var today = send(tag + " Today", "today@example.com", null);
        inbox.assign(today.id(), 0, frontDeskId);

        var day = lateEvening.submittedAt().atZone(ZoneId.of("Europe/London")).toLocalDate();
        var utcDay = lateEvening.submittedAt().atZone(ZoneId.of("UTC")).toLocalDate();
        assertThat(day).isEqualTo(utcDay.plusDays(1));
        assertThat(references(new InquiryFilter(null, null, utcDay, utcDay, null, tag))).isEmpty();
        assertThat(references(new InquiryFilter(null, null, day, day, null, tag)))
                .containsExactly(lateEvening.reference());
        assertThat(references(new InquiryFilter(null, null, day.plusDays(1), null, null, tag)))
                .containsExactly(today.reference());
        assertThat(references(new InquiryFilter(null, null, null, null,
                InquiryFilter.Assignee.account(frontDeskId), tag))).containsExactly(today.reference());
        assertThat(references(new InquiryFilter(null, null, null, null, InquiryFilter.Assignee.NOBODY, tag)))
                .containsExactly(lateEvening.reference());
    }

    @Test
    void everyMoveOfTheDomainIsAllowedAndNoOther() {
        var allowed = java.util.Map.of(
                InquiryStatus.NEW, EnumSet.of(InquiryStatus.CONTACTED, InquiryStatus.CLOSED, InquiryStatus.SPAM),
                InquiryStatus.CONTACTED, EnumSet.of(InquiryStatus.SCHEDULED, InquiryStatus.CLOSED),
                InquiryStatus.SCHEDULED, EnumSet.of(InquiryStatus.CLOSED, InquiryStatus.CONTACTED),
                InquiryStatus.CLOSED, EnumSet.of(InquiryStatus.CONTACTED),
                InquiryStatus.SPAM, EnumSet.of(InquiryStatus.NEW),
                InquiryStatus.CONVERTED, EnumSet.noneOf(InquiryStatus.class));
        for (var from : InquiryStatus.values()) {
            assertThat(from.moves()).as("moves from " + from).isEqualTo(allowed.get(from));
        }
        assertThat(EnumSet.allOf(InquiryStatus.class)).filteredOn(InquiryStatus::convertible)
                .containsExactlyInAnyOrder(InquiryStatus.NEW, InquiryStatus.CONTACTED, InquiryStatus.SCHEDULED);
    }

    @Test
    void anInquiryMovesThroughItsStatusesAndItsHistorySaysWhoDidWhatFromWhere() {
        var inquiry = send(tag() + " Mover", "mover@example.com", null);
        var consultation = Instant.parse("2026-12-03T14:30:00Z");

        var contacted = inbox.move(inquiry.id(), 0, InquiryStatus.CONTACTED, null);
        assertThatThrownBy(() -> inbox.move(inquiry.id(), contacted.version(), InquiryStatus.SCHEDULED, null))
                .isInstanceOf(IllegalArgumentException.class);
        var scheduled = inbox.move(inquiry.id(), contacted.version(), InquiryStatus.SCHEDULED, consultation);
        assertThat(scheduled.consultationAt()).contains(consultation);
        assertThatThrownBy(() -> inbox.move(inquiry.id(), scheduled.version(), InquiryStatus.NEW, null))
                .isInstanceOf(IllegalInquiryMoveException.class);
        var closed = inbox.move(inquiry.id(), scheduled.version(), InquiryStatus.CLOSED, null);
        assertThat(closed.consultationAt()).isEmpty();

        var moves = inbox.history(inquiry.id()).stream()
                .filter(event -> event.action() == AuditAction.INQUIRY_STATUS_CHANGED).toList();
        assertThat(moves).extracting(event -> event.details().get("to"))
                .containsExactly("CONTACTED", "SCHEDULED", "CLOSED");
        assertThat(moves.get(1).details()).containsEntry("consultation", consultation.toString());
        assertThat(moves).allSatisfy(event -> {
            assertThat(event.actorId()).isEqualTo(frontDeskId);
            assertThat(event.actorUsername()).isEqualTo("inbox-frontdesk");
            assertThat(event.clientAddress()).isEqualTo("192.0.2.10");
            assertThat(event.targetId()).isEqualTo(inquiry.id());
        });
    }

    @Test
    void someoneActingOnWhatTheySawBeforeAnotherPersonsChangeIsStopped() {
        var inquiry = send(tag() + " Contested", "contested@example.com", null);
        inbox.move(inquiry.id(), 0, InquiryStatus.CONTACTED, null);

        // a second person still looking at version 0 closes it
        assertThatThrownBy(() -> inbox.move(inquiry.id(), 0, InquiryStatus.CLOSED, null))
                .isInstanceOf(InquiryChangedMeanwhileException.class);
        assertThatThrownBy(() -> inbox.assign(inquiry.id(), 0, frontDeskId))
                .isInstanceOf(InquiryChangedMeanwhileException.class);
        assertThat(inbox.open(inquiry.reference()).orElseThrow().status()).isEqualTo(InquiryStatus.CONTACTED);
    }

    @Test
    void notesAreKeptOldestFirstSignedByTheirAuthorAndOnTheHistory() {
        var inquiry = send(tag() + " Noted", "noted@example.com", null);

        inbox.addNote(inquiry.id(), "Left a voicemail.");
        clock.advance(Duration.ofMinutes(5));
        inbox.addNote(inquiry.id(), "<b>Called back</b>");

        assertThat(inbox.notes(inquiry.id())).extracting(InquiryNote::body)
                .containsExactly("Left a voicemail.", "<b>Called back</b>");
        assertThat(inbox.notes(inquiry.id())).extracting(InquiryNote::authorName).containsOnly("Fran Desk");
        assertThat(inbox.history(inquiry.id())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.INQUIRY_NOTE_ADDED, AuditAction.INQUIRY_NOTE_ADDED);
        // the trail names the note by id, never repeats what it says
        assertThat(inbox.history(inquiry.id())).allSatisfy(event ->
                assertThat(event.details().values()).noneMatch(value -> value.contains("voicemail")));
        assertThatThrownBy(() -> inbox.addNote(inquiry.id(), " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertingCreatesAPatientOrLinksTheOneAlreadyOnRecordAndWarnsAboutLikelyDuplicates() {
        String tag = tag();
        var first = send(tag + " Ada", "ada-" + tag + "@example.com", null);
        var birth = LocalDate.of(1980, 5, 17);

        assertThat(inbox.likelyPatients(first.id(), birth)).isEmpty();
        long patient = inbox.convert(first.id(), 0, birth, null);
        assertThat(inbox.open(first.reference()).orElseThrow().patientId()).contains(patient);
        assertThat(inbox.open(first.reference()).orElseThrow().status()).isEqualTo(InquiryStatus.CONVERTED);

        // the same person writes again, from the same address
        var second = send(tag + " Ada", "ADA-" + tag + "@example.com", null);
        var duplicates = inbox.likelyPatients(second.id(), birth);
        assertThat(duplicates).extracting(duplicate -> duplicate.patient().id()).containsExactly(patient);
        assertThat(duplicates.getFirst().matches()).containsExactlyInAnyOrder(PossibleDuplicate.Match.EMAIL,
                PossibleDuplicate.Match.NAME_AND_BIRTH_DATE);
        assertThat(inbox.convert(second.id(), 0, birth, patient)).isEqualTo(patient);
        assertThat(jdbc.sql("select count(*) from patient where lower(email) = lower(:email)")
                .param("email", "ada-" + tag + "@example.com").query(Long.class).single()).isEqualTo(1);
        assertThat(inbox.history(second.id())).extracting(AuditEvent::action).contains(AuditAction.INQUIRY_CONVERTED);
    }

    @Test
    void aClosedOrConvertedInquiryCannotBeConverted() {
        var inquiry = send(tag() + " Closed", "closed@example.com", null);
        var closed = inbox.move(inquiry.id(), 0, InquiryStatus.CLOSED, null);

        assertThatThrownBy(() -> inbox.convert(inquiry.id(), closed.version(), LocalDate.of(1970, 1, 1), null))
                .isInstanceOf(IllegalInquiryMoveException.class);
        assertThat(jdbc.sql("select count(*) from patient where email = 'closed@example.com'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theExportIsTheFilteredListWithFormulasMadeHarmless() {
        String tag = tag();
        send("=HYPERLINK(\"http://evil.example\",\"Click\") " + tag, "csv@example.com", "+442079460123");
        var out = new ByteArrayOutputStream();

        int rows = inbox.export(filter(null, tag), out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(1);
        assertThat(csv).startsWith("\uFEFFReference,Sent,Status,Full name");
        assertThat(csv).contains("'=HYPERLINK");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        // a phone number starting with + could be read as a formula too
        assertThat(csv).contains(",'+442079460123,");
        assertThat(csv.lines().count()).isEqualTo(2);
    }

    @Test
    void inquiriesPastTheirRetentionArePurgedAndThePurgeIsRecorded() {
        String tag = tag();
        var converted = send(tag + " Kept", "kept@example.com", null);
        inbox.convert(converted.id(), 0, LocalDate.of(1990, 1, 1), null);
        var unconverted = send(tag + " Gone", "gone@example.com", null);
        var spam = inquiries.submit(sent(tag + " Bot", "bot@example.com", null), UUID.randomUUID(), "honeypot",
                ANYONE);

        clock.advance(Duration.ofDays(31));
        inbox.purgeExpired();
        assertThat(exists(spam.id())).isFalse();
        assertThat(exists(unconverted.id())).isTrue();

        clock.advance(Duration.ofDays(2 * 365));
        inbox.purgeExpired();
        assertThat(exists(unconverted.id())).isFalse();
        assertThat(exists(converted.id())).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INQUIRIES_PURGED' and actor_id is null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        clock.advance(Duration.ofDays(-(31 + 2 * 365)));
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        var inquiry = send(tag() + " Audited", "audited@example.com", null);
        inbox.open(inquiry.reference());

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_username = 'someone else'").update())
                .rootCause().hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause().hasMessageContaining("deleted only past their retention");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause().hasMessageContaining("never changed");
        assertThat(inbox.history(inquiry.id())).extracting(AuditEvent::action).contains(AuditAction.INQUIRY_VIEWED);
    }

    @Test
    void theDashboardCountsTheWeeksInquiriesWithoutSpamAndTheShareThatBecamePatients() {
        String tag = tag();
        var before = inbox.figures();

        var first = send(tag + " Una", "una-" + tag + "@example.com", null);
        send(tag + " Vic", "vic-" + tag + "@example.com", null);
        inquiries.submit(sent(tag + " Bot", "bot@example.com", null), UUID.randomUUID(), "honeypot", ANYONE);
        inbox.convert(first.id(), 0, LocalDate.of(1977, 7, 7), null);

        var after = inbox.figures();
        assertThat(after.thisWeek() - before.thisWeek()).isEqualTo(2);
        assertThat(after.received() - before.received()).isEqualTo(2);
        assertThat(after.converted() - before.converted()).isEqualTo(1);
        assertThat(new InquiryFigures(0, 4, 1).conversionRate()).isEqualTo(0.25);
        assertThat(new InquiryFigures(0, 0, 0).conversionRate()).isZero();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from inquiry where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private Inquiry send(String name, String email, String phone) {
        var receipt = inquiries.submit(sent(name, email, phone), UUID.randomUUID(), null, ANYONE);
        return inquiries.byReference(receipt.reference()).orElseThrow();
    }

    private List<String> references(InquiryFilter filter) {
        return inbox.page(filter, PageRequest.of(0, 50)).map(Inquiry::reference).toList();
    }

    private static InquiryFilter filter(InquiryStatus status, String text) {
        return new InquiryFilter(status, null, null, null, null, text);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewInquiry sent(String name, String email, String phone) {
        return new NewInquiry(name, email, phone, phone, email == null ? ContactMethod.PHONE : ContactMethod.EMAIL,
                null, null, "Could you tell me more?");
    }
}
