package com.clinicplatform.admin.inquiries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.CsvExportLink;
import com.clinicplatform.admin.base.FilteredList;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryFilter;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.inquiry.InquiryStatus;
import com.clinicplatform.treatment.TreatmentChoice;
import com.clinicplatform.treatment.TreatmentService;

/**
 * The inbox: every inquiry, newest first, narrowed by status, treatment, the days it was sent, who works it and a
 * search; the grid fetches pages from the database as it scrolls. The export is the list as filtered.
 */
@Route("inquiries")
@PageTitle("Inquiries – Clinic console")
@RolesAllowed("STAFF")
public class InquiryListView extends Main {

    final Grid<Inquiry> grid = new Grid<>();
    final Select<InquiryStatus> status = new Select<>();
    final ComboBox<TreatmentChoice> treatment = new ComboBox<>("Treatment");
    final DatePicker from = new DatePicker("Sent from");
    final DatePicker until = new DatePicker("Sent until");
    final Select<AssigneeChoice> assignee = new Select<>();
    final TextField search = new TextField("Search");
    final Anchor export;

    /** What the list shows now; the export, which runs outside the UI's lock, reads it too. */
    private volatile InquiryFilter filter = InquiryFilter.INBOX;

    InquiryListView(InquiryInbox inbox, TreatmentService treatments, AccountService accounts,
            ConsoleFormats formats) {

        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All but spam");
        status.setItems(InquiryStatus.values());
        status.setItemLabelGenerator(choice -> choice == null ? "All but spam" : choice.label());

        treatment.setItems(treatments.choices());
        treatment.setItemLabelGenerator(TreatmentChoice::title);
        treatment.setClearButtonVisible(true);
        treatment.setPlaceholder("Any");

        FilteredList.dayRange(from, until);

        Map<Long, String> staffNames = accounts.staff().stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
        var assigneeChoices = new ArrayList<AssigneeChoice>();
        assigneeChoices.add(new AssigneeChoice("Anyone", InquiryFilter.Assignee.ANYONE));
        assigneeChoices.add(new AssigneeChoice("Nobody yet", InquiryFilter.Assignee.NOBODY));
        inbox.assignees().forEach(account -> assigneeChoices.add(
                new AssigneeChoice(account.fullName(), InquiryFilter.Assignee.account(account.id()))));
        assignee.setLabel("Assigned to");
        assignee.setItems(assigneeChoices);
        assignee.setItemLabelGenerator(AssigneeChoice::label);
        assignee.setValue(assigneeChoices.getFirst());

        search.setPlaceholder("Name, email, phone, reference or message");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.addClassName("search-field");

        export = new CsvExportLink("inquiries.csv", out -> inbox.export(filter, out));

        List.<HasValue<?, ?>>of(status, treatment, from, until, assignee, search)
                .forEach(field -> field.addValueChangeListener(e -> refresh()));

        // a real link, so the keyboard and "open in a new tab" reach an inquiry as the mouse does; Lit escapes both
        grid.addColumn(LitRenderer.<Inquiry>of("<a href=\"${item.href}\">${item.reference}</a>")
                .withProperty("href", inquiry -> "inquiries/" + inquiry.reference())
                .withProperty("reference", Inquiry::reference))
                .setHeader("Reference").setKey("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(inquiry -> formats.dateTime(inquiry.submittedAt())).setHeader("Sent").setKey("sent")
                .setSortProperty("submittedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Inquiry::fullName).setHeader("Name").setKey("name").setSortProperty("fullName")
                .setTooltipGenerator(Inquiry::fullName).setFlexGrow(2);
        grid.addColumn(inquiry -> inquiry.treatmentTitle() == null ? "Not sure yet" : inquiry.treatmentTitle())
                .setHeader("Treatment").setKey("treatment").setTooltipGenerator(Inquiry::treatmentTitle).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(inquiry -> new StatusBadge(inquiry.status()))).setHeader("Status")
                .setKey("status").setSortProperty("status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(inquiry -> inquiry.assigneeId().map(staffNames::get).orElse("")).setHeader("Assigned to")
                .setKey("assignee").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setEmptyStateText("No inquiries match.");
        grid.setItems(query -> inbox.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) inbox.count(filter));
        grid.addItemClickListener(click -> open(click.getItem()));

        FilteredList.arrange(this, "Inquiries", export, grid, status, treatment, from, until, assignee, search);
    }

    private void refresh() {
        filter = new InquiryFilter(status.getValue(), treatment.getValue() == null ? null : treatment.getValue().id(),
                from.getValue(), until.getValue(),
                assignee.getValue() == null ? InquiryFilter.Assignee.ANYONE : assignee.getValue().assignee(),
                search.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void open(Inquiry inquiry) {
        getUI().ifPresent(ui -> ui.navigate(InquiryView.class, InquiryView.reference(inquiry.reference())));
    }

    /** One choice of the "Assigned to" filter. */
    record AssigneeChoice(String label, InquiryFilter.Assignee assignee) {
    }
}
