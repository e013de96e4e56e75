package com.clinicplatform.admin.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicplatform.admin.base.NotFoundView;
import com.clinicplatform.outbox.Outbox;
import com.clinicplatform.outbox.OutboxMessage;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/**
 * The Outbox as staff see it with no mail server set, the console's default. Mail auto-configuration is switched off,
 * so that a SPRING_MAIL_HOST in the developer's shell can neither hide the notice nor send these messages anywhere
 * (the worker's schedule never fires in tests anyway, see IsolatedTestEnvironment).
 */
@SpringBootTest(properties =
        "spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@Import(MovableClockConfiguration.class)
class OutboxViewTest extends SpringBrowserlessTest {

    private static final String MARKUP_SUBJECT = "<b>x</b> & <i>y</i>";
    private static final String MARKUP_BODY = "Dear <b>Ada</b>,\n<script>alert(1)</script>\nSee you soon.";

    @Autowired
    Outbox outbox;

    @Autowired
    MovableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    long oldest;
    long withMarkup;
    long failed;

    @BeforeEach
    void threeMessagesTheNewestFailed() {
        jdbc.sql("delete from outbox_message").update();
        oldest = owe(OutboxMessage.Kind.INQUIRY_ALERT, "inbox@clinic.example", "New inquiry INQ-2026-000001",
                "A new inquiry has arrived.");
        clock.advance(Duration.ofMinutes(1));
        withMarkup = owe(OutboxMessage.Kind.INQUIRY_ACKNOWLEDGEMENT, "ada@example.com", MARKUP_SUBJECT, MARKUP_BODY);
        clock.advance(Duration.ofMinutes(1));
        failed = owe(OutboxMessage.Kind.INQUIRY_ALERT, "inbox@clinic.example", "New inquiry INQ-2026-000003",
                "Another inquiry.");
        jdbc.sql("update outbox_message set status = 'FAILED', attempts = 1, last_error = 'Refused' where id = :id")
                .param("id", failed).update();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void staffSeeEveryMessageNewestFirstInALazyGrid() {
        var view = navigate(OutboxView.class);
        var grid = test(view.grid);

        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getRow(0).id()).isEqualTo(failed);
        assertThat(grid.getRow(1).id()).isEqualTo(withMarkup);
        assertThat(grid.getRow(2).id()).isEqualTo(oldest);
        assertThat(grid.getCellText(1, grid.getColumnPosition("kind"))).isEqualTo("Acknowledgement");
        assertThat(grid.getCellText(0, grid.getColumnPosition("error"))).isEqualTo("Refused");
        assertThat(grid.isColumnSortable("created")).isTrue();
        // with no mail server set, the view says this is where the mail waits
        assertThat($(Paragraph.class).withClassName("outbox-notice").single().getText())
                .startsWith("No mail server is set");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Outbox");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void aSelectedMessageShowsItsSubjectAndBodyAsTextNeverAsMarkup() {
        var view = navigate(OutboxView.class);
        var grid = test(view.grid);
        assertThat(view.message.isVisible()).isFalse();

        assertThat(grid.getCellText(1, grid.getColumnPosition("subject"))).isEqualTo(MARKUP_SUBJECT);
        grid.select(1);

        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.subject.getText()).isEqualTo(MARKUP_SUBJECT);
        assertThat(view.body.getText()).isEqualTo(MARKUP_BODY);
        // text nodes only: had the body been set as HTML, <b> and <script> would be elements here
        assertThat(view.body.getElement().getChildren()).isNotEmpty().allMatch(Element::isTextNode);
        assertThat(view.subject.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(view.about.getText()).contains("To ada@example.com", "Acknowledgement", "Waiting");
        assertThat(view.sendAgain.getText()).isEqualTo("Send now");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void staffSendAFailedMessageAgain() {
        var view = navigate(OutboxView.class);
        test(view.grid).select(0);
        assertThat(view.error.getText()).isEqualTo("Last error: Refused");
        assertThat(view.sendAgain.getText()).isEqualTo("Send again");

        clock.advance(Duration.ofMinutes(5));
        test(view.sendAgain).click();

        var again = outbox.message(failed).orElseThrow();
        assertThat(again.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(again.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(view.sendAgain.getText()).isEqualTo("Send now");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void theListCanBeNarrowedToOneStatus() {
        var view = navigate(OutboxView.class);

        test(view.statusFilter).selectItem("Failed");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(failed);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editorsWithoutTheStaffRoleCannotOpenIt() {
        var landed = navigate("outbox", Component.class);

        assertThat(landed).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Outbox");
    }

    @Test
    void theConsoleRunsTheDeliveryWorkerUnderADatabaseLock() {
        assertThat(context.containsBean("outboxDelivery")).isTrue();
        assertThat(context.getBean(LockProvider.class)).isInstanceOf(JdbcTemplateLockProvider.class);
    }

    private long owe(OutboxMessage.Kind kind, String recipient, String subject, String body) {
        return transactions.execute(status -> {
            outbox.enqueue(kind, recipient, subject, body, null);
            return jdbc.sql("select max(id) from outbox_message").query(Long.class).single();
        });
    }
}
