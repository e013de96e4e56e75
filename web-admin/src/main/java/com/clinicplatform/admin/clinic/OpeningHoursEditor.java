package com.clinicplatform.admin.clinic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import jakarta.validation.ConstraintViolation;

import com.clinicplatform.clinic.OpeningHours;

/**
 * The clinic's openings, one row each (day, opens, closes), in the order the editor puts them; a day with a lunch break
 * has two. The rows' own mistakes show beside their fields; one about the list as a whole (two openings that overlap)
 * shows below it, which is why the editor is itself a field that can be invalid.
 */
class OpeningHoursEditor extends Div implements HasValidation {

    private static final LocalTime USUAL_OPENING = LocalTime.of(9, 0);
    private static final LocalTime USUAL_CLOSING = LocalTime.of(17, 0);

    private final Locale locale;
    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();
    private final Paragraph empty = new Paragraph("No opening hours: the website says to call for an appointment.");
    private final Paragraph error = new Paragraph();
    final Button add = new Button("Add opening hours", VaadinIcon.PLUS.create(), e -> addRow());

    OpeningHoursEditor(Locale locale) {
        this.locale = locale;
        addClassName("opening-hours");
        rows.addClassName("opening-hours-rows");
        empty.addClassName("opening-hours-empty");
        error.addClassName("opening-hours-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, empty, error, add);
    }

    void setValue(List<OpeningHours> openings) {
        rows.removeAll();
        shown.clear();
        openings.forEach(opening -> append(opening.day(), opening.opens(), opening.closes()));
        setInvalid(false);
        showWhetherEmpty();
    }

    /** What the rows hold, in their order: a row not filled in gives nulls for the server to name. */
    List<OpeningHours> getValue() {
        return shown.stream().map(row -> new OpeningHours(row.day.getValue(), row.opens.getValue(),
                row.closes.getValue())).toList();
    }

    List<Row> rows() {
        return List.copyOf(shown);
    }

    /** The row's fields and the list itself, for the check that nothing unreadable is waiting to be corrected. */
    HasValidation[] fields() {
        var fields = new ArrayList<HasValidation>();
        fields.add(this);
        shown.forEach(row -> fields.addAll(List.of(row.day, row.opens, row.closes)));
        return fields.toArray(HasValidation[]::new);
    }

    /**
     * Marks the field of the row a violation names ({@code openingHours[2].closes}).
     *
     * @return whether it named one
     */
    boolean show(ConstraintViolation<?> violation) {
        // Bean Validation keeps a list element's index on the node after the list's own
        Integer index = null;
        String property = null;
        boolean inTheList = false;
        for (var node : violation.getPropertyPath()) {
            if (inTheList) {
                index = node.getIndex();
                property = node.getName();
                break;
            }
            inTheList = "openingHours".equals(node.getName());
        }
        if (index == null || index >= shown.size()) {
            return false;
        }
        var row = shown.get(index);
        HasValidation field = switch (property == null ? "" : property) {
            case "day" -> row.day;
            case "opens" -> row.opens;
            default -> row.closes;  // closes, and closing after opening
        };
        field.setErrorMessage(violation.getMessage());
        field.setInvalid(true);
        return true;
    }

    /** A new row for the day after the last one, with its hours: the quickest start for a week of similar days. */
    private void addRow() {
        if (shown.isEmpty()) {
            append(DayOfWeek.MONDAY, USUAL_OPENING, USUAL_CLOSING);
        } else {
            var last = shown.getLast();
            append(last.day.getValue() == null ? DayOfWeek.MONDAY : last.day.getValue().plus(1),
                    last.opens.getValue() == null ? USUAL_OPENING : last.opens.getValue(),
                    last.closes.getValue() == null ? USUAL_CLOSING : last.closes.getValue());
        }
        setInvalid(false);
        showWhetherEmpty();
        shown.getLast().day.focus();
    }

    private void append(DayOfWeek day, LocalTime opens, LocalTime closes) {
        var row = new Row(locale);
        row.day.setValue(day);
        row.opens.setValue(opens);
        row.closes.setValue(closes);
        row.remove.addClickListener(e -> {
            shown.remove(row);
            rows.remove(row);
            setInvalid(false);
            showWhetherEmpty();
            label();
        });
        // a change to any row may be the correction of an overlap
        row.day.addValueChangeListener(e -> setInvalid(false));
        row.opens.addValueChangeListener(e -> setInvalid(false));
        row.closes.addValueChangeListener(e -> setInvalid(false));
        shown.add(row);
        rows.add(row);
        label();
    }

    /** Screen readers hear which row a field is in; the fields carry visible labels on the first row only. */
    private void label() {
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).label(i + 1, i == 0);
        }
    }

    private void showWhetherEmpty() {
        empty.setVisible(shown.isEmpty());
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** One opening: a day, when the clinic opens and when it closes. */
    static final class Row extends Div {

        final Select<DayOfWeek> day = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        private Row(Locale locale) {
            addClassName("opening-hours-row");
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(value -> value.getDisplayName(TextStyle.FULL, locale));
            opens.setStep(Duration.ofMinutes(15));
            closes.setStep(Duration.ofMinutes(15));
            opens.setLocale(locale);
            closes.setLocale(locale);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            // "must close after it opens" shows beside the closing time, and a later opening time corrects it too
            day.addValueChangeListener(e -> clearErrors());
            opens.addValueChangeListener(e -> clearErrors());
            closes.addValueChangeListener(e -> clearErrors());
            add(day, opens, closes, remove);
        }

        private void clearErrors() {
            day.setInvalid(false);
            opens.setInvalid(false);
            closes.setInvalid(false);
        }

        private void label(int number, boolean visibleLabels) {
            day.setLabel(visibleLabels ? "Day" : null);
            opens.setLabel(visibleLabels ? "Opens" : null);
            closes.setLabel(visibleLabels ? "Closes" : null);
            day.setAriaLabel("Day, opening " + number);
            opens.setAriaLabel("Opens, opening " + number);
            closes.setAriaLabel("Closes, opening " + number);
            remove.setAriaLabel("Remove opening " + number);
            remove.setTooltipText("Remove this opening");
        }
    }
}
