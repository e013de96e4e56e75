package com.clinicplatform.admin.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.base.NotFoundView;
import com.clinicplatform.admin.patients.PatientView;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.inquiry.InquiryService;
import com.clinicplatform.inquiry.InquiryStatus;
import com.clinicplatform.inquiry.NewInquiry;
import com.clinicplatform.inquiry.RateLimit;

@SpringBootTest
@WithMockUser(username = "inbox.staff", roles = "STAFF")
class InquiryInboxViewsTest extends SpringBrowserlessTest {

    private static final RateLimit ANYONE = new RateLimit("views-test", 1_000_000, Duration.ofMinutes(10));

    @Autowired
    InquiryService inquiries;

    @Autowired
    InquiryInbox inbox;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void givenAStaffAccount() {
        if (!accounts.exists("inbox.staff")) {
            accounts.create(new NewAccount("inbox.staff", "Sam Staff", "sam@clinic.example", "a long password for sam",
                    Set.of(Role.STAFF), false));
        }
    }

    @Test
    void theInboxListsNewestFirstAndItsFiltersNarrowIt() {
        String tag = tag();
        var first = send(tag + " First", "<b>Hello</b>");
        var second = send(tag + " Second", "Knees");

        var view = navigate(InquiryListView.class);
        test(view.search).setValue(tag);
        var grid = test(view.grid);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).reference()).isEqualTo(second.reference());
        assertThat(grid.getRow(1).reference()).isEqualTo(first.reference());
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("New");

        test(view.search).setValue(tag + " first");
        assertThat(grid.size()).isEqualTo(1);
        test(view.status).selectItem("Spam");
        assertThat(grid.size()).isZero();
    }

    @Test
    void theNavigationCountsTheNewInquiries() {
        send(tag() + " Counted", "Hello");
        navigate(InquiryListView.class);

        var item = $(SideNavItem.class).withCondition(nav -> "Inquiries".equals(nav.getLabel())).single();
        var count = item.getSuffixComponent().getElement().getText();
        assertThat(Long.parseLong(count)).isEqualTo(inbox.newCount()).isPositive();
    }

    @Test
    void anInquiryShowsWhatThePatientTypedAsTextNeverAsMarkup() {
        var sent = send(tag() + " <img src=x onerror=alert(1)>", "<script>alert('x')</script>\nSecond line");

        navigate("inquiries/" + sent.reference(), Component.class);

        var message = $(Paragraph.class).withClassName("message-text").first();
        assertThat(message.getText()).isEqualTo("<script>alert('x')</script>\nSecond line");
        assertThat(message.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat($(H1.class).first().getText()).endsWith("<img src=x onerror=alert(1)>");
    }

    @Test
    void staffMoveAnInquiryOnlyAlongTheAllowedMovesAndScheduleAConsultation() {
        var sent = send(tag() + " Mover", "Hello");
        navigate("inquiries/" + sent.reference(), Component.class);

        assertThat(buttonTexts()).contains("Mark as contacted", "Close", "Mark as spam", "Convert to patient…")
                .doesNotContain("Schedule consultation…", "Reopen", "Not spam");
        test(button("Mark as contacted")).click();
        assertThat(status(sent)).isEqualTo(InquiryStatus.CONTACTED);

        test(button("Schedule consultation…")).click();
        var when = LocalDateTime.now().plusDays(3).withHour(14).withMinute(30).withSecond(0).withNano(0);
        $(DateTimePicker.class).first().setValue(when);
        test(button("Schedule")).click();

        var scheduled = inbox.current(sent.id()).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(InquiryStatus.SCHEDULED);
        assertThat(scheduled.consultationAt()).isPresent();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Moved from Contacted to Scheduled, consultation"));
    }

    @Test
    void aColleaguesChangeIsNeverOverwrittenUnseen() {
        var sent = send(tag() + " Contested", "Hello");
        navigate("inquiries/" + sent.reference(), Component.class);

        // meanwhile, a colleague closes it
        inbox.move(sent.id(), 0, InquiryStatus.CLOSED, null);
        test(button("Mark as contacted")).click();

        assertThat(status(sent)).isEqualTo(InquiryStatus.CLOSED);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .startsWith("Someone else changed this inquiry");
        // the page now shows the colleague's change and the moves open from there
        assertThat(buttonTexts()).contains("Reopen").doesNotContain("Mark as contacted");
    }

    @Test
    void staffAssignAnInquiryAndKeepNotesOnIt() {
        var sent = send(tag() + " Noted", "Hello");
        navigate("inquiries/" + sent.reference(), Component.class);

        @SuppressWarnings("unchecked")
        var assignee = (Select<Object>) $(Select.class).withLabel("Assigned to").single();
        test(assignee).selectItem("Sam Staff");
        test($(TextArea.class).withLabel("New note").single()).setValue("Called, <i>no answer</i>.");
        test(button("Add note")).click();

        var account = accounts.findByUsername("inbox.staff").orElseThrow();
        assertThat(inbox.current(sent.id()).orElseThrow().assigneeId()).contains(account.id());
        assertThat(inbox.notes(sent.id())).singleElement()
                .satisfies(note -> assertThat(note.body()).isEqualTo("Called, <i>no answer</i>."));
        assertThat($(Paragraph.class).withText("Called, <i>no answer</i>.").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Assigned to Sam Staff.").exists()).isTrue();
    }

    @Test
    void convertingAsksForTheBirthDateAndLandsOnThePatientRecord() {
        var sent = send(tag() + " Convert", "Hello");
        navigate("inquiries/" + sent.reference(), Component.class);

        test(button("Convert to patient…")).click();
        test(button("Convert")).click();
        assertThat($(DatePicker.class).withLabel("Date of birth").single().isInvalid()).isTrue();
        assertThat(status(sent)).isEqualTo(InquiryStatus.NEW);

        test($(DatePicker.class).withLabel("Date of birth").single()).setValue(LocalDate.of(1975, 3, 9));
        test(button("Convert")).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat(status(sent)).isEqualTo(InquiryStatus.CONVERTED);
        assertThat($(H1.class).first().getText()).isEqualTo(sent.fullName());
    }

    @Test
    void aLikelyDuplicateMustBeLinkedOrDeclinedOnPurpose() {
        String name = tag() + " Twice";
        var first = send(name, "Hello");
        inbox.convert(first.id(), 0, LocalDate.of(1981, 7, 1), null);
        var second = send(name, "Hello again");
        navigate("inquiries/" + second.reference(), Component.class);

        test(button("Convert to patient…")).click();
        test($(DatePicker.class).withLabel("Date of birth").single()).setValue(LocalDate.of(1981, 7, 1));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> record = $(RadioButtonGroup.class).single();
        assertThat(record.isVisible()).isTrue();
        test(button("Convert")).click();
        assertThat(status(second)).isEqualTo(InquiryStatus.NEW);

        var link = record.getListDataView().getItems().map(record.getItemLabelGenerator()::apply)
                .filter(label -> label.startsWith("Link to")).findFirst().orElseThrow();
        assertThat(link).contains("same email address", "same name and date of birth");
        test(record).selectItem(link);
        test(button("Convert")).click();

        var patientId = inbox.current(first.id()).orElseThrow().patientId().orElseThrow();
        assertThat(inbox.current(second.id()).orElseThrow().patientId()).contains(patientId);
    }

    @Test
    void theExportIsACsvOfTheFilteredListWithFormulasDefused() {
        String tag = tag();
        send("=cmd|' /C calc'!A0 " + tag, "Hello");
        var view = navigate(InquiryListView.class);
        test(view.search).setValue(tag);

        var out = new ByteArrayOutputStream();
        test(view.export).download(out);

        var csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("'=cmd|");
    }

    @Test
    @WithMockUser(username = "editor.only", roles = "EDITOR")
    void onlyStaffOpenTheInbox() {
        var sent = send(tag() + " Private", "Hello");

        assertThat(navigate("inquiries", Component.class)).isInstanceOf(NotFoundView.class);
        assertThat(navigate("inquiries/" + sent.reference(), Component.class)).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        assertThat(navigate("inquiries/INQ-1999-000001", Component.class)).isInstanceOf(NotFoundView.class);
        assertThat(navigate("patients/999999", Component.class)).isInstanceOf(NotFoundView.class);
        assertThat(navigate("patients/not-a-number", Component.class)).isInstanceOf(NotFoundView.class);
    }

    private InquiryStatus status(Inquiry inquiry) {
        return inbox.current(inquiry.id()).orElseThrow().status();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private java.util.List<String> buttonTexts() {
        return $(Button.class).all().stream().map(Button::getText).toList();
    }

    private Inquiry send(String name, String message) {
        var email = name.replaceAll("[^A-Za-z0-9]", "").toLowerCase() + "@example.com";
        var receipt = inquiries.submit(new NewInquiry(name, email, null, null, ContactMethod.EMAIL, null, null,
                message), UUID.randomUUID(), null, ANYONE);
        return inquiries.byReference(receipt.reference()).orElseThrow();
    }

    private static String tag() {
        return "v" + UUID.randomUUID().toString().substring(0, 8);
    }
}
