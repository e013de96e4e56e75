package com.clinicplatform.admin.treatments;

import java.util.List;
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
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.PageEditing;
import com.clinicplatform.treatment.PageRow;
import com.clinicplatform.treatment.TreatmentEditing;
import com.clinicplatform.treatment.TreatmentService;

/** Every treatment page in catalogue order, whatever its state. */
@Route("treatments")
@PageTitle("Treatments – Clinic console")
@RolesAllowed({"EDITOR", "ADMIN"})
public class TreatmentListView extends PageListView {

    TreatmentListView(TreatmentService treatments, TreatmentEditing editing, ConsoleFormats formats,
            ClinicProperties settings, CurrentUser currentUser) {
        super(new Kind() {
            @Override
            public String name() {
                return "Treatments";
            }

            @Override
            public String path() {
                return "treatments";
            }

            @Override
            public String titleProperty() {
                return "title";
            }

            @Override
            public Page<PageRow> page(Pageable pageable) {
                return treatments.page(pageable);
            }

            @Override
            public long count() {
                return treatments.count();
            }

            @Override
            public PageEditing<?, ?, ?> editing() {
                return editing;
            }

            @Override
            public Class<TreatmentEditorView> editorView() {
                return TreatmentEditorView.class;
            }

            @Override
            public Dialog newPageDialog(LongConsumer created) {
                return new NewPageDialog("New treatment page", "Title", "title", false,
                        (title, summary, description) -> editing.create(new NewTreatment(title, summary, null, null,
                                List.of(), List.of())), created);
            }
        }, formats, settings, currentUser);
    }
}
