package com.clinicplatform.admin.base;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import com.clinicplatform.system.ClinicProperties;

/** Dates and times as the clinic reads them: in its time zone and locale. Sets every UI's locale too. */
@Component
public class ConsoleFormats implements VaadinServiceInitListener {

    private final ClinicProperties settings;
    private final DateTimeFormatter dateTime;

    ConsoleFormats(ClinicProperties settings) {
        this.settings = settings;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(settings.locale())
                .withZone(settings.timeZone());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(settings.locale()));
    }
}
