package com.clinicplatform.dev;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * When every patient registered and when every inquiry was sent, planned before a row is written. Planning first lets
 * the inquiry references rise with time, as the sequence gives them to inquiries sent one after another, and lets the
 * inquiries that never became patients come at a rate that fits the clinic's size.
 */
final class Timeline {

    /** Patients registered over the last four years, a few more each month than the month before. */
    private static final int REGISTRATION_DAYS = 4 * 365;
    /** The share of patients who first wrote through the site's inquiry form. */
    private static final double CAME_BY_INQUIRY = 0.6;
    /** Inquiries that did not become patients for each one that did: about 40% of inquiries convert. */
    private static final double OTHERS_PER_CONVERTED = 1.5;
    /**
     * How far back the inquiries that did not become patients go: a year (the clinic keeps them up to 24 months, but
     * a year gives the inbox and the figures all they show, in half the time).
     */
    private static final int OTHERS_DAYS = 365;
    private static final long NONE = -1;
    private static final long SINCE_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long DAY = 86_400;

    private final long[] registered;
    private final long[] inquirySent;
    private final long[] othersSent;
    private final long[] inquiryNumber;
    private final long[] othersNumber;

    private Timeline(long[] registered, long[] inquirySent, long[] othersSent) {
        this.registered = registered;
        this.inquirySent = inquirySent;
        this.othersSent = othersSent;
        this.inquiryNumber = new long[registered.length];
        this.othersNumber = new long[othersSent.length];
    }

    static Timeline plan(int patients, Random random, ClinicCalendar calendar) {
        var registered = new long[patients];
        for (int i = 0; i < patients; i++) {
            // more patients every month: the density of t rises from 1 to 2 over the period
            double t = Math.sqrt(1 + 3 * random.nextDouble()) - 1;
            var day = calendar.today().minusDays((long) (REGISTRATION_DAYS * (1 - t)));
            registered[i] = calendar.workingHours(day, random).getEpochSecond();
        }
        Arrays.sort(registered);
        var inquirySent = new long[patients];
        for (int i = 0; i < patients; i++) {
            inquirySent[i] = random.nextDouble() < CAME_BY_INQUIRY ? registered[i] - timeBeforeRegistering(random)
                    : NONE;
        }
        return new Timeline(registered, inquirySent, othersSent(inquirySent, random, calendar));
    }

    /** Hours to weeks: most people are seen within a fortnight of writing, a few take a couple of months. */
    private static long timeBeforeRegistering(Random random) {
        double days = Math.min(60, -Math.log(1 - random.nextDouble()) * 10);
        return 2 * 3600 + (long) (days * DAY);
    }

    /** As many as the recent conversions call for, spread evenly over the period kept. */
    private static long[] othersSent(long[] inquirySent, Random random, ClinicCalendar calendar) {
        long now = calendar.now().getEpochSecond();
        long recentlyConverted = Arrays.stream(inquirySent)
                .filter(sent -> sent > now - 120 * DAY && sent <= now - 30 * DAY).count();
        int count = (int) Math.round(recentlyConverted / 90.0 * OTHERS_PER_CONVERTED * OTHERS_DAYS);
        var sent = new long[count];
        for (int i = 0; i < count; i++) {
            sent[i] = calendar.waking(calendar.today().minusDays(random.nextInt(OTHERS_DAYS)), random).getEpochSecond();
        }
        Arrays.sort(sent);
        return sent;
    }

    /** How many inquiries there are in all: the references to take from the sequence. */
    int inquiries() {
        return (int) Arrays.stream(inquirySent).filter(sent -> sent != NONE).count() + othersSent.length;
    }

    /** Gives the inquiries the sequence's numbers, the earliest sent the lowest. */
    void number(long[] ascending) {
        var inTimeOrder = inTimeOrder();
        for (int rank = 0; rank < inTimeOrder.length; rank++) {
            int index = inTimeOrder[rank];
            if (index < patients()) {
                inquiryNumber[index] = ascending[rank];
            } else {
                othersNumber[index - patients()] = ascending[rank];
            }
        }
    }

    /** Every inquiry, the patients' by the patient's index and the others' after them, in the order they were sent. */
    private int[] inTimeOrder() {
        var keys = LongStream.concat(
                IntStream.range(0, patients()).filter(this::cameByInquiry).mapToLong(i -> key(inquirySent[i], i)),
                IntStream.range(0, others()).mapToLong(j -> key(othersSent[j], patients() + j)));
        return keys.sorted().mapToInt(key -> (int) key).toArray();
    }

    /** The second it was sent, counted from 2000 (room until 2068), then which inquiry: sorted, in time order. */
    private static long key(long sentSecond, int index) {
        return (sentSecond - SINCE_2000) << 32 | index;
    }

    int patients() {
        return registered.length;
    }

    Instant registered(int patient) {
        return Instant.ofEpochSecond(registered[patient]);
    }

    boolean cameByInquiry(int patient) {
        return inquirySent[patient] != NONE;
    }

    Instant inquirySent(int patient) {
        return Instant.ofEpochSecond(inquirySent[patient]);
    }

    long inquiryNumber(int patient) {
        return inquiryNumber[patient];
    }

    int others() {
        return othersSent.length;
    }

    Instant otherSent(int other) {
        return Instant.ofEpochSecond(othersSent[other]);
    }

    long otherNumber(int other) {
        return othersNumber[other];
    }
}
