package com.clinicplatform.admin.inquiries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.Facts;
import com.clinicplatform.admin.base.NoteSection;
import com.clinicplatform.admin.patients.PatientView;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.IllegalInquiryMoveException;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryChangedMeanwhileException;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.inquiry.InquiryStatus;

/**
 * One inquiry, as staff work it: what the patient sent (shown as text, whatever they typed), the status moves that are
 * open from where it stands, who works it, the notes, and everything done to it. Each action is checked against the
 * version shown, so nobody overwrites a colleague's change unseen.
 */
@Route("inquiries/:reference")
@RolesAllowed("STAFF")
public class InquiryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InquiryInbox inbox;
    private final ConsoleFormats formats;
    private final Map<Long, String> staffNames;
    private final List<UserAccount> assignees;
    private Inquiry inquiry;
    /** Kept across the page's refreshes, so a note being written survives a move or an assignment made meanwhile. */
    private final TextArea noteDraft = new TextArea("New note");

    InquiryView(InquiryInbox inbox, AccountService accounts, ConsoleFormats formats) {
        this.inbox = inbox;
        this.formats = formats;
        this.staffNames = accounts.staff().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
        this.assignees = inbox.assignees();
        noteDraft.setMaxLength(2_000);
        addClassName("view-page");
        addClassName("inquiry-page");
    }

    public static RouteParameters reference(String reference) {
        return new RouteParameters("reference", reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get("reference").flatMap(inbox::open);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (inquiry == null ? "Inquiry" : inquiry.reference()) + " – Clinic console";
    }

    private void show(Inquiry shown) {
        this.inquiry = shown;
        removeAll();
        var back = new RouterLink("All inquiries", InquiryListView.class);
        back.addClassName("back-link");
        var title = new H1(shown.fullName());
        var heading = new Div(title, new StatusBadge(shown.status()));
        heading.addClassName("inquiry-heading");
        add(back, heading, facts(shown), message(shown), actions(shown), notes(shown), history(shown));
    }

    private Component facts(Inquiry shown) {
        var facts = new Facts();
        facts.add("Reference", new Span(shown.reference()));
        facts.add("Sent", new Span(formats.dateTime(shown.submittedAt())));
        if (shown.email() != null) {
            facts.add("Email address", new Anchor("mailto:" + shown.email(), shown.email()));
        }
        if (shown.phone() != null) {
            facts.add("Phone number", new Anchor("tel:" + shown.phone(),
                    shown.phoneAsTyped() != null ? shown.phoneAsTyped() : shown.phone()));
        }
        facts.add("Preferred contact method",
                new Span(shown.preferredContact() == ContactMethod.PHONE ? "By phone" : "By email"));
        if (shown.bestTime() != null) {
            facts.add("Best time to reach you", new Span(shown.bestTime()));
        }
        facts.add("Treatment", new Span(shown.treatmentTitle() != null ? shown.treatmentTitle() : "Not sure yet"));
        facts.add("Consent to be contacted", new Span("Given " + formats.dateTime(shown.consentGivenAt())));
        shown.consultationAt().ifPresent(at -> facts.add("Consultation", new Span(formats.dateTime(at))));
        shown.patientId().ifPresent(patient -> facts.add("Patient",
                new RouterLink("Open the patient record", PatientView.class, PatientView.id(patient))));
        if (shown.spamReason() != null) {
            facts.add("Why it looked like spam", new Span(shown.spamReason()));
        }
        return facts;
    }


    private static Component message(Inquiry shown) {
        var section = new Div(new H2("Message"));
        // setText: whatever the patient typed is shown as they typed it, never as markup
        var text = new Paragraph();
        text.setText(shown.message() != null ? shown.message() : "(No message.)");
        text.addClassName("message-text");
        section.add(text);
        return section;
    }

    private Component actions(Inquiry shown) {
        var buttons = new FlexLayout();
        buttons.addClassName("inquiry-actions");
        for (var next : shown.status().moves()) {
            var button = new Button(moveLabel(shown.status(), next));
            if (next == InquiryStatus.SCHEDULED) {
                button.addClickListener(e -> new ScheduleDialog(formats, at -> act(
                        () -> inbox.move(shown.id(), shown.version(), InquiryStatus.SCHEDULED, at),
                        "Consultation scheduled for " + formats.dateTime(at) + "."), shown).open());
            } else {
                button.addClickListener(e -> act(() -> inbox.move(shown.id(), shown.version(), next, null),
                        "Marked as " + next.label().toLowerCase() + "."));
            }
            if (next == InquiryStatus.SPAM || next == InquiryStatus.CLOSED) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            buttons.add(button);
        }
        if (shown.status().convertible()) {
            var convert = new Button("Convert to patient…", e -> new ConvertDialog(inbox, formats, shown, patient -> {
                Notification.show("The inquiry is now a patient record.");
                getUI().ifPresent(ui -> ui.navigate(PatientView.class, PatientView.id(patient)));
            }, this::changedMeanwhile).open());
            convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(convert);
        }

        var assignee = new Select<Optional<UserAccount>>();
        assignee.setLabel("Assigned to");
        var choices = new ArrayList<Optional<UserAccount>>();
        choices.add(Optional.empty());
        assignees.forEach(account -> choices.add(Optional.of(account)));
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(choice -> choice.map(UserAccount::fullName).orElse("Nobody"));
        assignee.setValue(choices.stream()
                .filter(choice -> choice.map(UserAccount::id).equals(shown.assigneeId())).findFirst()
                .orElse(Optional.empty()));
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                var chosen = e.getValue().map(UserAccount::id).orElse(null);
                act(() -> inbox.assign(shown.id(), shown.version(), chosen),
                        e.getValue().map(account -> "Assigned to " + account.fullName() + ".")
                                .orElse("Assigned to nobody."));
            }
        });
        var section = new Div(new H2("Work on it"), buttons, assignee);
        section.addClassName("inquiry-work");
        return section;
    }

    private Component notes(Inquiry shown) {
        return new NoteSection(inbox.notes(shown.id()), formats, noteDraft, text -> {
            inbox.addNote(shown.id(), text);
            noteDraft.clear();
            inbox.current(shown.id()).ifPresent(this::show);
            Notification.show("Note added.");
        });
    }

    private Component history(Inquiry shown) {
        var list = new Div();
        list.addClassName("timeline");
        for (AuditEvent event : inbox.history(shown.id())) {
            var meta = new Span(actorName(event) + " · " + formats.dateTime(event.occurredAt())
                    + (event.clientAddress() != null ? " · from " + event.clientAddress() : ""));
            meta.addClassName("timeline-meta");
            list.add(new Div(meta, new Paragraph(describe(event))));
        }
        return new Div(new H2("History"), list);
    }

    /** Staff by their full name, as their notes are signed; anyone else (the platform) by the trail's label. */
    private String actorName(AuditEvent event) {
        return event.actorId() == null ? event.actorLabel()
                : staffNames.getOrDefault(event.actorId(), event.actorLabel());
    }

    private String describe(AuditEvent event) {
        var details = event.details();
        return switch (event.action()) {
            case INQUIRY_STATUS_CHANGED -> "Moved from " + InquiryStatus.valueOf(details.get("from")).label()
                    + " to " + InquiryStatus.valueOf(details.get("to")).label()
                    + (details.containsKey("consultation")
                            ? ", consultation " + formats.dateTime(Instant.parse(details.get("consultation")))
                            : "")
                    + ".";
            case INQUIRY_ASSIGNED -> "nobody".equals(details.get("assignee")) ? "Assigned to nobody."
                    : "Assigned to " + staffNames.getOrDefault(Long.valueOf(details.get("assignee")),
                            "account " + details.get("assignee")) + ".";
            case INQUIRY_CONVERTED -> ("existing".equals(details.get("record"))
                    ? "Linked to the patient record already on file" : "Converted to a new patient record") + ".";
            default -> event.action().description() + ".";
        };
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (InquiryChangedMeanwhileException e) {
            changedMeanwhile();
            return;
        } catch (IllegalInquiryMoveException | IllegalArgumentException e) {
            var error = Notification.show(e.getMessage());
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        inbox.current(inquiry.id()).ifPresent(this::show);
    }

    private void changedMeanwhile() {
        var notice = Notification.show("Someone else changed this inquiry while you had it open. "
                + "It now shows their change: check it, then try again.", 8_000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        inbox.current(inquiry.id()).ifPresent(this::show);
    }

    static String moveLabel(InquiryStatus from, InquiryStatus to) {
        return switch (to) {
            case CONTACTED -> switch (from) {
                case SCHEDULED -> "Needs rescheduling";
                case CLOSED -> "Reopen";
                default -> "Mark as contacted";
            };
            case SCHEDULED -> "Schedule consultation…";
            case CLOSED -> "Close";
            case SPAM -> "Mark as spam";
            case NEW -> "Not spam";
            case CONVERTED -> "Convert to patient…";
        };
    }
}
