package com.clinicplatform.admin.treatments;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.ConditionEditing;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.NewCondition;
import com.clinicplatform.treatment.PageEditing;
import com.clinicplatform.treatment.PageRow;

/** Every condition page in the order the site lists them, whatever its state. */
@Route("conditions")
@PageTitle("Conditions – Clinic console")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ConditionListView extends PageListView {

    ConditionListView(ConditionService conditions, ConditionEditing editing, ConsoleFormats formats,
            ClinicProperties settings, CurrentUser currentUser) {
        super(new Kind() {
            @Override
            public String name() {
                return "Conditions";
            }

            @Override
            public String path() {
                return "conditions";
            }

            @Override
            public String titleProperty() {
                return "name";
            }

            @Override
            public Page<PageRow> page(Pageable pageable) {
                return conditions.page(pageable);
            }

            @Override
            public long count() {
                return conditions.count();
            }

            @Override
            public PageEditing<?, ?, ?> editing() {
                return editing;
            }

            @Override
            public Class<ConditionEditorView> editorView() {
                return ConditionEditorView.class;
            }

            @Override
            public Dialog newPageDialog(LongConsumer created) {
                return new NewPageDialog("New condition page", "Name", "name", true,
                        (name, summary, description) -> editing.create(new NewCondition(name, summary, description,
                                null, null)), created);
            }
        }, formats, settings, currentUser);
    }
}
