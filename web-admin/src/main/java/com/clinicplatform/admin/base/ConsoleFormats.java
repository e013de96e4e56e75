package com.clinicplatform.admin.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.format.FormatStyle;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import com.clinicplatform.system.ClinicProperties;

/** Dates and times as the clinic reads them: in its time zone and locale. Sets every UI's locale too. */
@Component
public class ConsoleFormats implements VaadinServiceInitListener {

    private final ClinicProperties settings;
    private final Clock clock;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    ConsoleFormats(ClinicProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(settings.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(settings.locale())
                .withZone(settings.timeZone());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(settings.locale())
                .withZone(settings.timeZone());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** The time of day only, where the clinic is: for moments within the next hours. */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** The clinic's time zone: what staff type as a date and time is read in it. */
    public ZoneId zone() {
        return settings.timeZone();
    }

    public Locale locale() {
        return settings.locale();
    }

    /** Today, where the clinic is. */
    /** The time now on the clinic's wall clock. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(settings.timeZone()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(settings.locale()));
    }
}
