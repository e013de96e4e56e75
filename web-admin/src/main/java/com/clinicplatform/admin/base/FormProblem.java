package com.clinicplatform.admin.base;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

import jakarta.validation.ConstraintViolationException;

/**
 * The line above a form that says what stops it from being saved, read out by screen readers as it appears. Problems
 * that belong to one field are shown beside that field instead ({@link FieldErrors}).
 */
public class FormProblem extends Paragraph {

    public FormProblem() {
        addClassName("form-problem");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }

    public void clear() {
        setVisible(false);
    }

    /** The server's verdict: each message beside its field, any other here. */
    public void show(ConstraintViolationException invalid, Map<String, ? extends HasValidation> fields) {
        var unplaced = FieldErrors.show(invalid, fields);
        if (!unplaced.isEmpty()) {
            show(String.join(" ", unplaced));
        }
    }

    /** Whether a field still holds what it could not read or an uncorrected error; if so, says so here. */
    public boolean blocks(HasValidation... fields) {
        clear();
        if (FieldErrors.anyInvalid(fields)) {
            show("Correct the fields marked first.");
            return true;
        }
        return false;
    }
}
