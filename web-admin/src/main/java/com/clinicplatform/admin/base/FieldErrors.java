package com.clinicplatform.admin.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import jakarta.validation.ConstraintViolationException;

/**
 * The server's Bean Validation verdict shown where the person typed: each message beside its field, the field's
 * value left as typed. A field shows as valid again as soon as it is changed.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears a field's error as soon as its value changes. */
    public static void clearOnChange(HasValidation... fields) {
        for (var field : fields) {
            ((HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
        }
    }

    /**
     * Whether a field still holds something it could not read (a date or a number typed wrongly) or an error not yet
     * corrected: saving then would drop what was typed, so the form asks for the correction first.
     */
    public static boolean anyInvalid(HasValidation... fields) {
        for (var field : fields) {
            if (field.isInvalid()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks each field named by a violation (the last node of its property path: a record component, or the property
     * of an {@code @AssertTrue} check) with its message.
     *
     * @return the messages no field took, for a line above the form
     */
    public static List<String> show(ConstraintViolationException invalid, Map<String, ? extends HasValidation> fields) {
        var unplaced = new ArrayList<String>();
        for (var violation : invalid.getConstraintViolations()) {
            String property = null;
            for (var node : violation.getPropertyPath()) {
                property = node.getName();
            }
            var field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                unplaced.add(violation.getMessage());
            }
        }
        return unplaced;
    }
}
