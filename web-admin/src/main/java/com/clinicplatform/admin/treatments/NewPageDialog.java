package com.clinicplatform.admin.treatments;

import java.util.HashMap;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;

/**
 * A new page: its heading and summary (and, for a kind that needs one to be saved, its description) make a draft at
 * the end of the list, opened for editing.
 */
class NewPageDialog extends Dialog {

    /** Makes the page from what was typed; returns its id, or throws the server's verdict. */
    interface Creator {
        long create(String heading, String summary, String description);
    }

    final TextField heading;
    final TextArea summary = new TextArea("Summary");
    final TextArea description = new TextArea("Description");
    private final FormProblem problem = new FormProblem();

    /**
     * @param headingProperty the new page's component holding the heading, for the server's messages
     * @param askDescription whether the kind needs a description before its first draft can be saved
     */
    NewPageDialog(String title, String headingLabel, String headingProperty, boolean askDescription,
            Creator creator, LongConsumer created) {
        setHeaderTitle(title);
        heading = new TextField(headingLabel);
        heading.setMaxLength(200);
        heading.setWidthFull();
        heading.setHelperText("The address is made from it; you can change it before publishing.");
        summary.setMaxLength(600);
        summary.setWidthFull();
        description.setWidthFull();
        description.setVisible(askDescription);
        description.setHelperText("Markdown; you can write more once the draft is open.");
        FieldErrors.clearOnChange(heading, summary, description);
        add(problem, heading, summary, description);
        setWidth("min(36rem, 95vw)");
        var fields = new HashMap<String, HasValidation>();
        fields.put(headingProperty, heading);
        fields.put("summary", summary);
        fields.put("description", description);
        var create = new Button("Create draft", e -> {
            try {
                long id = creator.create(heading.getValue(), summary.getValue(), description.getValue());
                close();
                created.accept(id);
            } catch (ConstraintViolationException invalid) {
                problem.show(invalid, fields);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
