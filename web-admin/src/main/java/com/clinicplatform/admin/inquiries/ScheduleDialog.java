package com.clinicplatform.admin.inquiries;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.inquiry.Inquiry;

/** Asks for the consultation's date and time, in the clinic's time zone, before an inquiry is SCHEDULED. */
class ScheduleDialog extends Dialog {

    final DateTimePicker when = new DateTimePicker("Consultation date and time");

    ScheduleDialog(ConsoleFormats formats, Consumer<Instant> schedule, Inquiry inquiry) {
        setHeaderTitle("Schedule a consultation");
        var zone = formats.zone();
        when.setStep(Duration.ofMinutes(15));
        when.setMin(formats.today().atStartOfDay());
        when.setRequiredIndicatorVisible(true);
        add(new Paragraph("When is " + inquiry.fullName() + " coming in?"), when);
        var save = new Button("Schedule", e -> {
            if (when.getValue() == null) {
                when.setInvalid(true);
                when.setErrorMessage("Choose the date and the time.");
                return;
            }
            close();
            schedule.accept(when.getValue().atZone(zone).toInstant());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
