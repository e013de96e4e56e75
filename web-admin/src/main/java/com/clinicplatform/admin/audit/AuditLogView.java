package com.clinicplatform.admin.audit;

import java.util.List;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.CsvExportLink;
import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditFilter;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.outbox.Outbox;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.treatment.ConditionEditing;
import com.clinicplatform.treatment.TreatmentEditing;

/**
 * The audit log: what people (and the platform) did, newest first, narrowed by what, who, which record and when;
 * the grid reads pages from the database as it scrolls. The export is the log as filtered, and is itself logged.
 */
@Route("audit")
@PageTitle("Audit log – Clinic console")
@RolesAllowed("ADMIN")
public class AuditLogView extends Main {

    /** The kinds of record the trail names, as the filter offers them. */
    static final List<String> RECORD_KINDS = List.of(AccountService.AUDIT_TARGET, InquiryInbox.AUDIT_TARGET,
            PatientService.AUDIT_TARGET, Outbox.AUDIT_TARGET, AuditTrail.AUDIT_TARGET,
            ClinicProfileService.AUDIT_TARGET, PublishingSettings.AUDIT_TARGET, TreatmentEditing.AUDIT_TARGET,
            ConditionEditing.AUDIT_TARGET, PageImages.AUDIT_TARGET);

    final Grid<AuditEvent> grid = new Grid<>();
    final Select<AuditAction> action = new Select<>();
    final TextField actor = new TextField("Who (username)");
    final Select<String> record = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker until = new DatePicker("Until");
    final Anchor export;

    /** What the log shows now; the export, which runs outside the UI's lock, reads it too. */
    private volatile AuditFilter filter = AuditFilter.EVERYTHING;

    AuditLogView(AuditTrail audit, ConsoleFormats formats) {

        action.setLabel("What");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Everything");
        action.setItemLabelGenerator(choice -> choice == null ? "Everything" : choice.description());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(64);
        record.setLabel("Record");
        record.setItems(RECORD_KINDS);
        record.setEmptySelectionAllowed(true);
        record.setEmptySelectionCaption("Any");
        record.setItemLabelGenerator(kind -> kind == null ? "Any" : kind);
        FilteredList.dayRange(from, until);
        List.<HasValue<?, ?>>of(action, actor, record, from, until).forEach(field ->
                field.addValueChangeListener(e -> refresh()));

        export = new CsvExportLink("audit-log.csv", out -> audit.export(filter, out));

        grid.addColumn(event -> formats.dateTime(event.occurredAt())).setHeader("Time").setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actorLabel).setHeader("Who").setKey("who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> event.action().description()).setHeader("What").setKey("what").setFlexGrow(2);
        grid.addColumn(event -> event.targetType() == null ? ""
                : event.targetType() + (event.targetId() == null ? "" : " #" + event.targetId()))
                .setHeader("Record").setKey("record").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> event.clientAddress() == null ? "" : event.clientAddress()).setHeader("From")
                .setKey("from").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::detailsText).setHeader("Details").setKey("details")
                .setTooltipGenerator(AuditEvent::detailsText).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nothing recorded matches.");
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) audit.count(filter));

        FilteredList.arrange(this, "Audit log", export, grid, action, actor, record, from, until);
    }

    private void refresh() {
        filter = new AuditFilter(action.getValue(), actor.getValue(), record.getValue(), null, from.getValue(),
                until.getValue());
        grid.getDataProvider().refreshAll();
    }
}
