package com.clinicplatform.admin.treatments;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentEditing;

/** A new treatment page: its title and summary make a draft at the end of the catalogue, opened for editing. */
class NewPageDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    private final FormProblem problem = new FormProblem();

    NewPageDialog(TreatmentEditing editing, LongConsumer created) {
        setHeaderTitle("New treatment page");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setHelperText("The address is made from it; you can change it before publishing.");
        summary.setMaxLength(600);
        summary.setWidthFull();
        FieldErrors.clearOnChange(title, summary);
        add(problem, title, summary);
        setWidth("min(36rem, 95vw)");
        var create = new Button("Create draft", e -> {
            try {
                long id = editing.create(new NewTreatment(title.getValue(), summary.getValue(), null, null, List.of(),
                        List.of()));
                close();
                created.accept(id);
            } catch (ConstraintViolationException invalid) {
                problem.show(invalid, Map.of("title", title, "summary", summary));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
