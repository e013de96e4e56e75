package com.clinicplatform.admin.treatments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import com.clinicplatform.admin.base.ConsoleFormats;

/**
 * When a change should go live: as soon as it may, or at a time in the clinic's time zone. A time that has passed by
 * the time the change is approved means "at once".
 */
class PublishTimeDialog extends Dialog {

    static final String AT_ONCE = "At once";
    static final String AT_A_TIME = "At a set time";

    final RadioButtonGroup<String> when = new RadioButtonGroup<>();
    final DateTimePicker at = new DateTimePicker("Goes live at");

    /** @param chosen receives the time, or null for "at once" */
    PublishTimeDialog(String header, String question, String confirmText, ConsoleFormats formats,
            Consumer<Instant> chosen) {
        setHeaderTitle(header);
        when.setLabel(question);
        when.setItems(AT_ONCE, AT_A_TIME);
        when.setValue(AT_ONCE);
        var now = formats.now().truncatedTo(ChronoUnit.MINUTES);
        at.setMin(now);
        at.setValue(now.plusDays(1).withHour(9).withMinute(0));
        at.setStep(Duration.ofMinutes(15));
        at.setLocale(formats.locale());
        at.setHelperText("In the clinic's time zone, " + formats.zone().getId() + ".");
        at.setVisible(false);
        when.addValueChangeListener(e -> at.setVisible(AT_A_TIME.equals(e.getValue())));
        add(when, at);
        var confirm = new Button(confirmText, e -> {
            if (AT_A_TIME.equals(when.getValue()) && (at.isInvalid() || at.getValue() == null)) {
                at.setErrorMessage("Choose a date and time to come.");
                at.setInvalid(true);
                return;
            }
            close();
            chosen.accept(AT_A_TIME.equals(when.getValue()) ? at.getValue().atZone(formats.zone()).toInstant()
                    : null);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
