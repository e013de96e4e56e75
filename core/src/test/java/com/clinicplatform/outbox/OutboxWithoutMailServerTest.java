package com.clinicplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console as it starts with no mail server set: Spring Boot makes no JavaMailSender, and the worker leaves the
 * outbox as it is. Mail auto-configuration is switched off outright, so that a SPRING_MAIL_HOST in the developer's
 * shell cannot give this test a mail server.
 */
@SpringBootTest(properties = {"clinic.background-jobs.enabled=true",
        "spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration"})
@ExtendWith(OutputCaptureExtension.class)
class OutboxWithoutMailServerTest {

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    Outbox outbox;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAMailServerMailStaysPendingAndUntouched(CapturedOutput log) {
        assertThat(mailSender.getIfAvailable()).isNull();
        long id = transactions.execute(status -> {
            outbox.enqueue(OutboxMessage.Kind.INQUIRY_ALERT, "inbox@clinic.example", "New inquiry", "Body", null);
            return jdbc.sql("select max(id) from outbox_message").query(Long.class).single();
        });
        var before = outbox.message(id).orElseThrow();

        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(outbox.message(id).orElseThrow()).isEqualTo(before).satisfies(row -> {
            assertThat(row.status()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(row.attempts()).isZero();
            assertThat(row.lastError()).isNull();
        });
        // said once, when the worker starts, rather than on every run
        assertThat(log.getAll().split("mail stays in the outbox", -1)).hasSize(2);
    }
}
