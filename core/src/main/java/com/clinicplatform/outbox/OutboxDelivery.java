package com.clinicplatform.outbox;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.system.BackgroundJobs;
import com.clinicplatform.system.MissingSettingException;
import com.clinicplatform.system.ClinicMetrics;

/**
 * Sends the mail the outbox owes through the mail server {@code spring.mail.*} names: every few seconds, on whichever
 * web-admin instance holds the {@code outbox-delivery} lock, the due PENDING messages, oldest first, a batch at a
 * time. A message the server takes is SENT; one it does not take stays PENDING and is tried again later, waiting
 * longer each time, so an outage of the mail server loses nothing. Only an address no server could take makes a
 * message FAILED, for staff to look at in the console.
 *
 * <p>Without a mail server ({@code spring.mail.host} unset, so Spring Boot makes no {@link JavaMailSender}) it sends
 * nothing: mail waits in the outbox, and the console's Outbox view is the clinic's local mailbox.
 *
 * <p>Each message's outcome commits on its own, straight after its attempt, so one bad message neither holds back
 * the others nor takes their outcomes with it. A message is sent at least once: an instance that stops between the
 * server's "accepted" and that commit sends it again on the next run.
 */
@Component
@ConditionalOnBooleanProperty(BackgroundJobs.ENABLED)
class OutboxDelivery {

    /** Under this lock only one instance delivers at a time, so no two send the same message. */
    static final String LOCK = "outbox-delivery";

    /** The first retry comes after a minute, each next one waits twice as long... */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    /** ...but never longer than this: a mail server back from a long outage gets the mail within the hour. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * A run starts no new message after this long (the rest go on the next run), so that even against a mail server
     * that answers at its timeouts' pace the run ends well inside the lock's five minutes: past them another instance
     * could take the lock and send the same messages.
     */
    static final Duration RUN_TIME = Duration.ofMinutes(1);

    static final String FALLBACK_FROM = "no-reply@localhost";

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxRepository messages;
    private final Optional<JavaMailSender> mailServer;
    private final ClinicProfileService profile;
    private final TransactionTemplate transactions;
    private final ClinicMetrics metrics;
    private final Clock clock;
    /** CLINIC_MAIL_FROM when set; otherwise each run asks the clinic's profile. */
    private final Optional<InternetAddress> from;
    private final int batchSize;

    OutboxDelivery(OutboxRepository messages, Optional<JavaMailSender> mailServer, ClinicProfileService profile,
            PlatformTransactionManager transactionManager, ClinicMetrics metrics, Clock clock,
            @Value("${clinic.mail.from:}") String from,
            @Value("${clinic.outbox.delivery.batch-size:50}") int batchSize) {
        this.metrics = metrics;
        this.messages = messages;
        this.mailServer = mailServer;
        this.profile = profile;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = configuredSender(from);
        this.batchSize = batchSize;
        if (mailServer.isEmpty()) {
            log.info("No mail server is set (SPRING_MAIL_HOST): mail stays in the outbox, where staff read it in the"
                    + " console's Outbox view");
        }
    }

    /**
     * Sends what is due now. Called every {@code clinic.outbox.delivery.interval} (after the previous run ends); a call
     * while another instance or thread holds the lock returns at once and sends nothing.
     */
    @Scheduled(fixedDelayString = "${clinic.outbox.delivery.interval:5s}",
            initialDelayString = "${clinic.outbox.delivery.interval:5s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "5m")
    public void deliverDue() {
        if (mailServer.isEmpty()) {
            return;
        }
        var started = clock.instant();
        var due = messages.findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboxMessage.Status.PENDING, started,
                Limit.of(batchSize));
        if (due.isEmpty()) {
            return;
        }
        var sender = from.orElseGet(this::clinicAddress);
        for (var message : due) {
            if (Duration.between(started, clock.instant()).compareTo(RUN_TIME) > 0) {
                log.info("Outbox delivery ran for {}; {} due messages wait for the next run", RUN_TIME,
                        due.size() - due.indexOf(message));
                return;
            }
            deliver(mailServer.get(), sender, message);
        }
    }

    private void deliver(JavaMailSender server, InternetAddress sender, OutboxMessage message) {
        try {
            server.send(mail -> write(new MimeMessageHelper(mail, StandardCharsets.UTF_8.name()), sender, message));
        } catch (RuntimeException e) {
            // the exception itself is not logged: its text may quote the recipient's address
            var failure = DeliveryFailure.of(e);
            if (failure.permanent()) {
                record(message.id(), failed -> failed.failedForGood(failure.reason()));
                metrics.mailFailed(true);
                log.warn("Outbox message {} cannot be sent; it waits for staff in the Outbox view: {}", message.id(),
                        failure.reason());
            } else {
                int attempts = message.attempts() + 1;
                var retryAt = clock.instant().plus(backOff(attempts));
                record(message.id(), failed -> failed.failedForNow(failure.reason(), retryAt));
                metrics.mailFailed(false);
                log.warn("Outbox message {} not sent (attempt {}), next try at {}: {}", message.id(), attempts,
                        retryAt, failure.reason());
            }
            return;
        }
        record(message.id(), sent -> sent.sent(clock.instant()));
        metrics.mailSent();
        log.info("Outbox message {} sent", message.id());
    }

    private void write(MimeMessageHelper mail, InternetAddress sender, OutboxMessage message)
            throws MessagingException {
        // a recipient a server would refuse is refused here, before connecting, and counts as permanent
        mail.setValidateAddresses(true);
        mail.setFrom(sender);
        mail.setTo(message.recipient());
        mail.setSubject(message.subject());
        mail.setText(message.body(), false);
        mail.setSentDate(Date.from(clock.instant()));
    }

    /**
     * The clinic's own address and name from its profile, read once a run so an edit in the console counts from the
     * next run; {@value #FALLBACK_FROM} on an installation without a profile yet.
     */
    private InternetAddress clinicAddress() {
        var clinic = profile.details();
        try {
            var address = new InternetAddress(clinic.map(ClinicDetails::email).orElse(FALLBACK_FROM),
                    clinic.map(ClinicDetails::name).orElse(null), StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            // the profile's address is checked when staff save it; should one slip through, mail still goes
            log.warn("The clinic's email address cannot be a sender; mail goes from {}", FALLBACK_FROM);
            return fallbackAddress();
        }
    }

    private static InternetAddress fallbackAddress() {
        try {
            return new InternetAddress(FALLBACK_FROM, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CLINIC_MAIL_FROM, checked at start: an address no server would take would fail every message. */
    static Optional<InternetAddress> configuredSender(String from) {
        if (from == null || from.isBlank()) {
            return Optional.empty();
        }
        try {
            var address = new InternetAddress(from.strip(), true);
            address.validate();
            return Optional.of(address);
        } catch (AddressException e) {
            throw new MissingSettingException("CLINIC_MAIL_FROM",
                    "is not a mail address: set it to an address such as clinic@example.com or"
                            + " \"Harbour Clinic <clinic@example.com>\", or leave it empty to use the clinic's own.");
        }
    }

    /** Commits one message's outcome by itself; a message deleted meanwhile (its inquiry purged) is left gone. */
    private void record(long id, Consumer<OutboxMessage> outcome) {
        transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(outcome));
    }

    /** How long a message waits after its {@code attempts}-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
    static Duration backOff(int attempts) {
        var doubled = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
        return doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
    }
}
