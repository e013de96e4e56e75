package com.clinicplatform.dev;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/** Days and moments in the clinic's time zone: when staff record things, when patients write, and today. */
final class ClinicCalendar {

    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    ClinicCalendar(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return now;
    }

    /** A moment of the clinic's working day (09:00 to 17:30); today, one before now. */
    Instant workingHours(LocalDate day, Random random) {
        return at(day, 9 * 60 + random.nextInt(8 * 60 + 30), random);
    }

    /** A moment a person might write from home (07:00 to 23:00); today, one before now. */
    Instant waking(LocalDate day, Random random) {
        return at(day, 7 * 60 + random.nextInt(16 * 60), random);
    }

    /** A moment between the two, never later than now. */
    Instant between(Instant from, Instant to, Random random) {
        long seconds = Math.max(1, earliest(to).getEpochSecond() - from.getEpochSecond());
        return earliest(from.plusSeconds((long) (random.nextDouble() * seconds)));
    }

    /** An appointment on the hour or the half hour, 09:00 to 16:30: it may be in the future. */
    Instant slot(LocalDate day, Random random) {
        return day.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30).atZone(zone).toInstant();
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    int yearOf(Instant instant) {
        return dayOf(instant).getYear();
    }

    /** The day, or today if it is later. */
    LocalDate notAfterToday(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    /** That minute of the day, at a random second; a moment still to come today is moved into the hours before now. */
    private Instant at(LocalDate day, int minuteOfDay, Random random) {
        var instant = day.atTime(minuteOfDay / 60, minuteOfDay % 60, random.nextInt(60)).atZone(zone).toInstant();
        return instant.isAfter(now) ? now.minusSeconds(1 + random.nextInt(6 * 3600)) : instant;
    }

    private Instant earliest(Instant instant) {
        return instant.isAfter(now) ? now : instant;
    }
}
