package com.clinicplatform.admin.outbox;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.outbox.Outbox;
import com.clinicplatform.outbox.OutboxMessage;
import com.clinicplatform.outbox.OutboxRow;

/**
 * Every mail the platform owes or has sent, newest first; the grid pages and sorts in the database. With no mail
 * server set this is the clinic's local mailbox: the mail waits here, and a selected message shows in full. Subjects
 * and bodies are shown as text, never as markup: part of them was typed by patients.
 */
@Route("outbox")
@PageTitle("Outbox – Clinic console")
@RolesAllowed("STAFF")
public class OutboxView extends Main {

    final Grid<OutboxRow> grid = new Grid<>();
    final Select<OutboxMessage.Status> statusFilter = new Select<>();
    final Div message = new Div();
    final H2 subject = new H2();
    final Paragraph about = new Paragraph();
    final Paragraph error = new Paragraph();
    final Pre body = new Pre();
    final Button sendAgain = new Button();

    private final Outbox outbox;
    private final ConsoleFormats formats;
    private OutboxRow shown;

    OutboxView(Outbox outbox, ConsoleFormats formats, ObjectProvider<JavaMailSender> mailServer) {
        this.outbox = outbox;
        this.formats = formats;
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        var title = new H1("Outbox");
        title.addClassName("view-title");
        statusFilter.setAriaLabel("Status");
        statusFilter.setItems(OutboxMessage.Status.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Every status");
        statusFilter.setItemLabelGenerator(status -> status == null ? "Every status" : statusLabel(status));
        statusFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), event -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var toolbar = new Div(title, statusFilter, refresh);
        toolbar.addClassNames("view-toolbar", "outbox-toolbar");
        add(toolbar);
        if (mailServer.getIfAvailable() == null) {
            var notice = new Paragraph("No mail server is set (SPRING_MAIL_HOST), so nothing is sent: mail waits"
                    + " here, and this is where to read it.");
            notice.addClassName("outbox-notice");
            add(notice);
        }

        // widths in rem: header and body cells have different font sizes, and em would set them apart
        grid.addColumn(row -> formats.dateTime(row.createdAt())).setHeader("Created").setKey("created")
                .setSortProperty("createdAt").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(row -> kindLabel(row.kind())).setHeader("Kind").setKey("kind").setSortProperty("kind")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(OutboxRow::recipient).setHeader("To").setKey("recipient").setSortProperty("recipient")
                .setTooltipGenerator(OutboxRow::recipient).setWidth("8rem").setFlexGrow(2);
        grid.addColumn(OutboxRow::subject).setHeader("Subject").setKey("subject").setSortProperty("subject")
                .setTooltipGenerator(OutboxRow::subject).setWidth("9.5rem").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(row -> {
            var badge = new Span(statusLabel(row.status()));
            badge.addClassName("state-badge");
            badge.getElement().setAttribute("data-state", row.status().name());
            return badge;
        })).setHeader("Status").setKey("status").setSortProperty("status").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(OutboxRow::attempts).setHeader("Attempts").setKey("attempts").setSortProperty("attempts")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::nextAttemptOrSent).setHeader("Next attempt / sent").setKey("when")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError()).setHeader("Last error")
                .setKey("error").setTooltipGenerator(OutboxRow::lastError).setWidth("6rem").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItems(
                query -> outbox.page(statusFilter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) outbox.count(statusFilter.getValue()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("created"), SortDirection.DESCENDING)));
        grid.addSelectionListener(event -> show(event.getFirstSelectedItem().orElse(null)));
        grid.setSizeFull();
        var list = new Div(grid);
        list.addClassName("outbox-list");

        sendAgain.addClickListener(event -> sendAgain());
        message.addClassName("outbox-message");
        message.add(subject, about, error, sendAgain, body);
        message.setVisible(false);

        var content = new Div(list, message);
        content.addClassName("outbox-content");
        add(content);
    }

    /** The selected message in full: this is how staff read mail that was never sent anywhere else. */
    private void show(OutboxRow row) {
        shown = row;
        message.setVisible(row != null);
        if (row == null) {
            return;
        }
        // setText throughout: a patient's name inside a subject or body stays text, whatever it looks like
        subject.setText(row.subject());
        about.setText("To " + row.recipient() + " · " + kindLabel(row.kind()) + " · " + statusLabel(row.status())
                + " · created " + formats.dateTime(row.createdAt()) + " · " + attemptsText(row.attempts())
                + (row.status() == OutboxMessage.Status.SENT ? " · sent " + formats.dateTime(row.sentAt()) : ""));
        error.setText(row.lastError() == null ? "" : "Last error: " + row.lastError());
        error.setVisible(row.lastError() != null);
        body.setText(row.body());
        sendAgain.setVisible(row.status() != OutboxMessage.Status.SENT);
        sendAgain.setText(row.status() == OutboxMessage.Status.FAILED ? "Send again" : "Send now");
    }

    private void sendAgain() {
        if (shown == null) {
            return;
        }
        try {
            var again = outbox.sendAgain(shown.id());
            Notification.show("It goes at the next delivery run, within seconds when a mail server is set.");
            refresh();
            show(again);
        } catch (IllegalStateException e) {
            Notification.show("It has been sent already.");
            refresh();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String nextAttemptOrSent(OutboxRow row) {
        return switch (row.status()) {
            case PENDING -> formats.dateTime(row.nextAttemptAt());
            case SENT -> formats.dateTime(row.sentAt());
            case FAILED -> "waits for staff";
        };
    }

    private static String attemptsText(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }

    static String kindLabel(OutboxMessage.Kind kind) {
        return switch (kind) {
            case INQUIRY_ALERT -> "Inquiry alert";
            case INQUIRY_ACKNOWLEDGEMENT -> "Acknowledgement";
        };
    }

    static String statusLabel(OutboxMessage.Status status) {
        return switch (status) {
            case PENDING -> "Waiting";
            case SENT -> "Sent";
            case FAILED -> "Failed";
        };
    }
}
