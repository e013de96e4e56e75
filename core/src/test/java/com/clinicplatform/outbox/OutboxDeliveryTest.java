package com.clinicplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.InquiryService;
import com.clinicplatform.inquiry.NewInquiry;
import com.clinicplatform.inquiry.RateLimit;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.system.BackgroundJobs;
import com.clinicplatform.system.ClinicMetrics;
import com.clinicplatform.system.MissingSettingException;
import com.clinicplatform.testsupport.TestPostgres;

/**
 * The delivery worker against a real SMTP server in this JVM (GreenMail, started afresh for each test on one fixed
 * port, so a test can stop it and start it again where the mail sender expects it). The tests call the worker
 * themselves (its schedule never fires in tests, see IsolatedTestEnvironment). Time moves only when a test moves the
 * clock.
 */
@SpringBootTest(properties = {"clinic.background-jobs.enabled=true", "clinic.outbox.delivery.batch-size=3",
        "clinic.inbox-email=inbox@clinic.example",
        // GreenMail logs every address it sees; the log checked here is the platform's own
        "logging.level.com.icegreen=warn"})
@ExtendWith(OutputCaptureExtension.class)
@Import(MovableClockConfiguration.class)
class OutboxDeliveryTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void theMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static final RateLimit ANYONE = new RateLimit("any-client", 1_000, Duration.ofMinutes(10));

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    Outbox outbox;

    @Autowired
    InquiryService inquiries;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LockProvider lockProvider;

    /** The mail sender Spring Boot made from spring.mail.*, watched (and in one test held up) by Mockito. */
    @MockitoSpyBean
    JavaMailSender mailSender;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Autowired
    ClinicProfileService profile;

    @BeforeEach
    void anEmptyOutboxAndNoClinicProfile() {
        // the tests of this class share one database: what one test left due must not be sent in the next
        jdbc.sql("delete from outbox_message").update();
        jdbc.sql("delete from clinic_profile").update();
    }

    @Test
    void theMailAnInquiryCausesIsDeliveredToTheInboxAndThePatientAndMarkedSent(CapturedOutput log)
            throws Exception {
        profile.save(new ClinicDetails("Harbour Clinic", "020 7946 0999", "desk@harbour.example", "1 Quay Street",
                "London", "E1 1AA", "United Kingdom", "Results vary.", List.of(), null, null, null));
        String patient = "ada-" + UUID.randomUUID() + "@example.com";
        var receipt = inquiries.submit(new NewInquiry("Ada Lovelace", patient, null, null, ContactMethod.EMAIL, null,
                null, "My knee hurts when I climb stairs."), UUID.randomUUID(), null, ANYONE);

        delivery.deliverDue();

        assertThat(mailServer.waitForIncomingEmail(5_000, 2)).isTrue();
        var received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(2);
        var alert = sentTo("inbox@clinic.example", received);
        assertThat(alert.getSubject()).isEqualTo("New inquiry " + receipt.reference());
        assertThat(GreenMailUtil.getBody(alert)).contains(receipt.reference());
        var acknowledgement = sentTo(patient, received);
        assertThat(acknowledgement.getSubject()).isEqualTo("We have received your request (" + receipt.reference()
                + ")");
        // from the clinic itself, as its profile says, when CLINIC_MAIL_FROM is not set
        assertThat(acknowledgement.getFrom()[0].toString()).isEqualTo("Harbour Clinic <desk@harbour.example>");
        assertThat(acknowledgement.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");

        assertThat(outbox.forInquiry(receipt.id())).allSatisfy(message -> {
            var row = outbox.message(message.id()).orElseThrow();
            assertThat(row.status()).isEqualTo(OutboxMessage.Status.SENT);
            assertThat(row.sentAt()).isEqualTo(clock.instant());
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.lastError()).isNull();
        });
        // the log names messages by id, never by who they go to or what they say
        assertThat(log.getAll()).contains("Outbox message " + outbox.forInquiry(receipt.id()).get(0).id() + " sent")
                .doesNotContain(patient).doesNotContain("inbox@clinic.example").doesNotContain("Ada Lovelace");
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndGoesExactlyOnceWhenItIsBack(CapturedOutput log) throws Exception {
        var counted = new SimpleMeterRegistry();
        Metrics.addRegistry(counted);
        mailServer.stop();
        long id = owe("grace@example.com", "Your appointment");

        delivery.deliverDue();

        var waiting = outbox.message(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).startsWith("Cannot reach the mail server").doesNotContain("grace");
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(log.getAll()).contains("Outbox message " + id + " not sent (attempt 1)")
                .doesNotContain("grace@example.com");

        // not due yet: a run before its time leaves it alone
        delivery.deliverDue();
        assertThat(outbox.message(id).orElseThrow().attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        mailServer.start();
        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(mailServer.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(mailServer.getReceivedMessages()[0].getSubject()).isEqualTo("Your appointment");
        var sent = outbox.message(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        // what Prometheus reads: one failed attempt to be retried, then one sent
        assertThat(counted.counter(ClinicMetrics.MAILS, "outcome", "retrying").count()).isEqualTo(1);
        assertThat(counted.counter(ClinicMetrics.MAILS, "outcome", "sent").count()).isEqualTo(1);
        Metrics.removeRegistry(counted);
    }

    @Test
    void eachFailureDoublesTheWaitUpToAnHour() {
        mailServer.stop();
        long id = owe("patient@example.com", "Waiting for the server");

        for (long minutes : new long[] {1, 2, 4, 8, 16, 32, 60, 60}) {
            delivery.deliverDue();

            var row = outbox.message(id).orElseThrow();
            assertThat(Duration.between(clock.instant(), row.nextAttemptAt())).isEqualTo(Duration.ofMinutes(minutes));
            assertThat(row.status()).isEqualTo(OutboxMessage.Status.PENDING);
            clock.advance(Duration.ofMinutes(minutes));
        }
        assertThat(outbox.message(id).orElseThrow().attempts()).isEqualTo(8);
    }

    @Test
    void aSenderSetInTheEnvironmentMustBeAnAddress() {
        assertThat(OutboxDelivery.configuredSender(" ")).isEmpty();
        assertThat(OutboxDelivery.configuredSender("Harbour Clinic <clinic@harbour.example>")).hasValueSatisfying(
                sender -> assertThat(sender.getPersonal()).isEqualTo("Harbour Clinic"));
        assertThatThrownBy(() -> OutboxDelivery.configuredSender("the clinic"))
                .isInstanceOf(MissingSettingException.class).hasMessageStartingWith("CLINIC_MAIL_FROM is not");
    }

    @Test
    void theWaitAfterAFailureStartsAtAMinuteAndNeverExceedsAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100, Integer.MAX_VALUE).stream().map(OutboxDelivery::backOff)
                .map(Duration::toMinutes)).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void anAddressNoServerCouldTakeFailsAtOnceWithoutHoldingUpTheOthersAndStaffCanSendItAgain() throws Exception {
        long unusable = owe("mary@@example..com", "Cannot go");
        long fine = owe("mary@example.com", "Goes");

        delivery.deliverDue();

        var failed = outbox.message(unusable).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("The recipient's address or the message is not valid mail")
                .doesNotContain("mary");
        assertThat(outbox.message(fine).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(mailServer.waitForIncomingEmail(5_000, 1)).isTrue();

        // a FAILED message is not retried by itself...
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        assertThat(outbox.message(unusable).orElseThrow().attempts()).isEqualTo(1);

        // ...but when staff ask, it is due at once
        outbox.sendAgain(unusable);
        var again = outbox.message(unusable).orElseThrow();
        assertThat(again.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(again.nextAttemptAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRunTakesOneBatchOldestFirstAndTheNextRunTheRest() throws Exception {
        var ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = owe("patient" + i + "@example.com", "Message " + i);
            clock.advance(Duration.ofSeconds(1));
        }

        delivery.deliverDue();

        assertThat(Arrays.stream(ids).mapToObj(id -> outbox.message(id).orElseThrow().status())).containsExactly(
                OutboxMessage.Status.SENT, OutboxMessage.Status.SENT, OutboxMessage.Status.SENT,
                OutboxMessage.Status.PENDING, OutboxMessage.Status.PENDING);
        assertThat(mailServer.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(subjects(mailServer.getReceivedMessages())).containsExactly("Message 0", "Message 1",
                "Message 2");
        // no CLINIC_MAIL_FROM, no clinic profile yet
        assertThat(mailServer.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("no-reply@localhost");

        delivery.deliverDue();

        assertThat(mailServer.waitForIncomingEmail(5_000, 5)).isTrue();
        assertThat(subjects(mailServer.getReceivedMessages())).containsExactly("Message 0", "Message 1",
                "Message 2", "Message 3", "Message 4");
    }

    @Test
    void aRunThatHasTakenTooLongLeavesTheRestForTheNextRun() throws Exception {
        long first = owe("patient0@example.com", "Message 0");
        long second = owe("patient1@example.com", "Message 1");
        // a mail server slow enough that one message takes the whole of a run's time
        doAnswer(call -> {
            clock.advance(OutboxDelivery.RUN_TIME.plusSeconds(1));
            return call.callRealMethod();
        }).when(mailSender).send(any(MimeMessagePreparator.class));

        delivery.deliverDue();

        assertThat(outbox.message(first).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(outbox.message(second).orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(outbox.message(second).orElseThrow().attempts()).isZero();
        assertThat(mailServer.waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @Test
    void twoInstancesDeliveringAtOnceSendEachMessageOnce() throws Exception {
        assertThat(lockProvider).isInstanceOf(JdbcTemplateLockProvider.class);
        for (int i = 0; i < 3; i++) {
            owe("patient" + i + "@example.com", "Message " + i);
        }
        // the first send waits until the second run has had its chance, so the two runs overlap for certain
        var firstSendStarted = new CountDownLatch(1);
        var secondRunOver = new CountDownLatch(1);
        doAnswer(call -> {
            firstSendStarted.countDown();
            assertThat(secondRunOver.await(10, TimeUnit.SECONDS)).isTrue();
            return call.callRealMethod();
        }).doCallRealMethod().when(mailSender).send(any(MimeMessagePreparator.class));

        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = instances.submit(delivery::deliverDue);
            assertThat(firstSendStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // while the first holds the lock, the second finds it taken and returns without sending anything
            instances.submit(delivery::deliverDue).get(10, TimeUnit.SECONDS);
            secondRunOver.countDown();
            first.get(10, TimeUnit.SECONDS);
        }

        assertThat(mailServer.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(subjects(mailServer.getReceivedMessages())).containsExactly("Message 0", "Message 1",
                "Message 2");
    }

    /**
     * ShedLock writes its times as UTC wall-clock times from the database's clock. Each instance's connections carry
     * its JVM's time zone; the lock must hold between instances whatever their zones, which the lock table's column
     * type decides.
     */
    @Test
    void theLockHoldsBetweenInstancesInDifferentTimeZones() {
        try (var auckland = new Session("Pacific/Auckland"); var utc = new Session("UTC");
                var losAngeles = new Session("America/Los_Angeles")) {
            var held = auckland.locks.lock(lockFor("time-zone-check"));
            assertThat(held).isPresent();
            assertThat(utc.locks.lock(lockFor("time-zone-check"))).isEmpty();
            assertThat(losAngeles.locks.lock(lockFor("time-zone-check"))).isEmpty();
            held.get().unlock();

            var heldInUtc = utc.locks.lock(lockFor("time-zone-check"));
            assertThat(heldInUtc).isPresent();
            assertThat(losAngeles.locks.lock(lockFor("time-zone-check"))).isEmpty();
            assertThat(auckland.locks.lock(lockFor("time-zone-check"))).isEmpty();
            heldInUtc.get().unlock();
        }
    }

    @Test
    void theLockWorksOnceTheDatabaseIsBackEvenWhenItWasAwayAtTheFirstLock() {
        var away = new AtomicBoolean(true);
        var flaky = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (away.get()) {
                    throw new SQLException("Connection refused");
                }
                return super.getConnection();
            }
        };
        var locks = new BackgroundJobs().lockProvider(flaky);
        try {
            assertThat(locks.lock(lockFor("database-away-check"))).isEmpty();
        } catch (DataAccessException | TransactionException expected) {
            // no database, no lock: either way nobody delivers
        }

        away.set(false);
        var held = locks.lock(lockFor("database-away-check"));

        assertThat(held).isPresent();
        held.get().unlock();
    }

    private static LockConfiguration lockFor(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }

    /** One connection of an instance whose JVM runs in {@code zone}, and locks taken through it. */
    private final class Session implements AutoCloseable {

        final SingleConnectionDataSource connection;
        final LockProvider locks;

        Session(String zone) {
            connection = new SingleConnectionDataSource(databaseUrl, TestPostgres.USER, TestPostgres.PASSWORD, true);
            var sql = new JdbcTemplate(connection);
            sql.execute("set time zone '" + zone + "'");
            locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(sql).usingDbTime().build());
        }

        @Override
        public void close() {
            connection.destroy();
        }
    }

    private long owe(String recipient, String subject) {
        return transactions.execute(status -> {
            outbox.enqueue(OutboxMessage.Kind.INQUIRY_ALERT, recipient, subject, "About: " + subject, null);
            return jdbc.sql("select max(id) from outbox_message").query(Long.class).single();
        });
    }

    private static MimeMessage sentTo(String address, MimeMessage[] received) throws MessagingException {
        for (var message : received) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("Nothing was sent to " + address);
    }

    private static List<String> subjects(MimeMessage[] received) {
        return Arrays.stream(received).map(message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
