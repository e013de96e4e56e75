package com.clinicplatform.dev;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Inquiries from the public site: the one that brought a patient (CONVERTED, sent before they registered, usually
 * about the treatment they then had), and those that did not or not yet, whose status depends on their age: the last
 * days' mostly NEW, the last weeks' being contacted and scheduled, older ones closed; SPAM only in the last 30 days,
 * as the clinic deletes it after that. References as core's {@code InquiryService} writes them.
 */
final class InquiryRows {

    private static final double ABOUT_A_TREATMENT = 0.8;
    private static final double SPAM = 0.1;
    private static final int SPAM_KEPT_DAYS = 30;
    private static final double ASSIGNED = 0.7;
    /** Which status an inquiry not converted has by its age in days: up to 2, 7, 21, 60 days, and older. */
    private static final int[] AGE_LIMITS = {2, 7, 21, 60};
    private static final List<Weighted<String>> STATUS_BY_AGE = List.of(
            new Weighted<String>().add("NEW", 85).add("CONTACTED", 15),
            new Weighted<String>().add("NEW", 30).add("CONTACTED", 40).add("SCHEDULED", 20).add("CLOSED", 10),
            new Weighted<String>().add("NEW", 5).add("CONTACTED", 25).add("SCHEDULED", 35).add("CLOSED", 35),
            new Weighted<String>().add("CONTACTED", 10).add("SCHEDULED", 5).add("CLOSED", 85),
            new Weighted<String>().add("CONTACTED", 1).add("CLOSED", 99));

    /** Who wrote and how to reach them (an email address, a phone number, or both). */
    private record Sender(String fullName, String email, String phone) {
    }

    /** What arrived through the form. */
    private record Sent(long number, Instant at, Sender sender, TreatmentMix.Offer about, String message) {
    }

    /** Where staff have taken it since. */
    private record Handling(String status, Instant updated, Long assignee, Instant consultation, Long patientId,
            String spamReason) {
    }

    private static final String COLUMNS = "reference, status, full_name, email, phone, phone_as_typed,"
            + " preferred_contact, best_time, treatment_id, treatment_title, message, consent_given_at, form_key,"
            + " spam_reason, submitted_at, updated_at, assignee_id, consultation_at, patient_id";

    /** The inquiries that became patients, and the others: two tables' worth, copied side by side. */
    final CopyTable converted = new CopyTable("inquiry", COLUMNS);
    final CopyTable others = new CopyTable("inquiry", COLUMNS);
    private final TreatmentMix treatments;
    private final ClinicCalendar calendar;
    private final People people;
    private final List<Long> staff;

    /** @param staff the accounts that work the inbox, to assign inquiries to (none: left unassigned) */
    InquiryRows(TreatmentMix treatments, ClinicCalendar calendar, People people, List<Long> staff) {
        this.treatments = treatments;
        this.calendar = calendar;
        this.people = people;
        this.staff = staff;
    }

    /** The inquiry that brought the patient, most often about the treatment they went on to have. */
    void converted(PatientRows.Patient patient, TreatmentMix.Offer treated, Instant sent, long number,
            Random random) {
        var about = treated != null ? treated : treatments.pick(random);
        about = random.nextDouble() < ABOUT_A_TREATMENT ? about : null;
        add(converted, new Sent(number, sent, new Sender(patient.fullName(), patient.email(), patient.phone()),
                about, message(about, random)),
                new Handling("CONVERTED", patient.registered(), assignee(random), null, patient.id(), null), random);
    }

    /** An inquiry that did not, or not yet, become a patient. */
    void other(Instant sent, long number, Random random) {
        long age = Duration.between(sent, calendar.now()).toDays();
        var sender = stranger(number, random);
        if (age < SPAM_KEPT_DAYS && random.nextDouble() < SPAM) {
            add(others, new Sent(number, sent, sender, null, Texts.any(Texts.SPAM_MESSAGES, random)),
                    new Handling("SPAM", sent, null, null, null, random.nextBoolean() ? "honeypot" : "too fast"),
                    random);
            return;
        }
        var about = random.nextDouble() < ABOUT_A_TREATMENT ? treatments.pick(random) : null;
        var status = statusAt(age).pick(random);
        var updated = status.equals("NEW") ? sent : calendar.between(sent, sent.plus(Duration.ofDays(14)), random);
        var consultation = status.equals("SCHEDULED") ? consultation(sent, random) : null;
        add(others, new Sent(number, sent, sender, about, message(about, random)),
                new Handling(status, updated, status.equals("NEW") ? null : assignee(random), consultation, null,
                        null), random);
    }

    private void add(CopyTable inquiries, Sent sent, Handling handling, Random random) {
        var sender = sent.sender();
        var phoneAsTyped = sender.phone() == null ? null : People.asTyped(sender.phone(), random);
        var preferred = sender.email() != null && (sender.phone() == null || random.nextDouble() < 0.6) ? "EMAIL"
                : "PHONE";
        var about = sent.about();
        inquiries.add("INQ-%d-%06d".formatted(calendar.yearOf(sent.at()), sent.number()), handling.status(),
                sender.fullName(), sender.email(), sender.phone(), phoneAsTyped, preferred,
                Texts.sometimes(Texts.BEST_TIMES, 0.5, random), about == null ? null : about.id(),
                about == null ? null : about.title(), sent.message(), sent.at(), formKey(sent.number(), random),
                handling.spamReason(), sent.at(), handling.updated(), handling.assignee(), handling.consultation(),
                handling.patientId());
    }

    private static Weighted<String> statusAt(long ageInDays) {
        int band = 0;
        while (band < AGE_LIMITS.length && ageInDays >= AGE_LIMITS[band]) {
            band++;
        }
        return STATUS_BY_AGE.get(band);
    }

    /** Someone who is not a patient: an email address, a phone number or both. */
    private Sender stranger(long number, Random random) {
        var first = people.firstName();
        var last = people.lastName();
        boolean email = random.nextInt(10) < 7;
        return new Sender(first + " " + last, email ? People.email(first, last, number) : null,
                !email || random.nextBoolean() ? People.phone(random) : null);
    }

    /** Mostly in the coming three weeks, a few in the last days (the inquiry not moved on yet). */
    private Instant consultation(Instant sent, Random random) {
        var earliest = calendar.dayOf(sent).plusDays(2);
        var recent = calendar.today().minusDays(4);
        var from = earliest.isAfter(recent) ? earliest : recent;
        return calendar.slot(from.plusDays(random.nextInt(21)), random);
    }

    private String message(TreatmentMix.Offer about, Random random) {
        if (about == null) {
            return Texts.sometimes(Texts.NOT_SURE_MESSAGES, 0.8, random);
        }
        var message = Texts.sometimes(Texts.INQUIRY_MESSAGES, 0.85, random);
        return message == null ? null : message.formatted(about.area(), about.method());
    }

    private Long assignee(Random random) {
        return staff.isEmpty() || random.nextDouble() >= ASSIGNED ? null : staff.get(random.nextInt(staff.size()));
    }

    /**
     * A key shaped like a random (version 4) UUID, unique as the form keys must be: its last bits are the inquiry's
     * number, which no other inquiry has, even when the generator runs again with the same seed.
     */
    private static UUID formKey(long number, Random random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        return new UUID(high, 0x8000_0000_0000_0000L | number);
    }
}
