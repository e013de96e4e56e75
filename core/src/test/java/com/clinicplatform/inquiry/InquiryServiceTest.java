package com.clinicplatform.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import jakarta.validation.ConstraintViolationException;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicplatform.outbox.Outbox;
import com.clinicplatform.outbox.OutboxMessage;
import com.clinicplatform.system.ClinicMetrics;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/** Every write commits, as in production: idempotency is about transactions that really race. */
@SpringBootTest(properties = "clinic.inbox-email=inbox@clinic.example")
class InquiryServiceTest {

    /** A limit no test here reaches. */
    private static final RateLimit ANYONE = new RateLimit("any-client", 1_000, Duration.ofMinutes(10));

    @Autowired
    InquiryService inquiries;

    @Autowired
    TreatmentService treatments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Test
    void anInquiryGetsAReferenceAndRemembersTheTreatmentAskedAbout() {
        if (treatments.choice("knee-injection").isEmpty()) {
            treatments.publish(treatments.create(new NewTreatment("Knee Injection", "About knees.", null, null,
                    List.of(new TreatmentSection("What is it?", "An injection.")),
                    List.of(new FaqEntry("Does it hurt?", "A little.")))).id());
        }

        var receipt = inquiries.submit(sent("Ada Lovelace", "knee-injection"), UUID.randomUUID(), null, ANYONE);

        assertThat(receipt.reference()).matches("INQ-\\d{4}-\\d{6,}");
        var stored = inquiries.byReference(receipt.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.treatmentTitle()).isEqualTo("Knee Injection");
        assertThat(stored.phone()).isEqualTo("+442079460321");
    }

    @Test
    void eachInquiryStoredIsCountedOnceItsTransactionCommits() {
        var registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            var formKey = UUID.randomUUID();
            inquiries.submit(sent("Mary Somerville", null), formKey, null, ANYONE);
            inquiries.submit(sent("Mary Somerville", null), formKey, null, ANYONE);
            inquiries.submit(sent("Spam Bot", null), UUID.randomUUID(), "filled too fast", ANYONE);

            assertThat(registry.counter(ClinicMetrics.INQUIRIES_RECEIVED, "kind", "inquiry").count()).isEqualTo(1);
            assertThat(registry.counter(ClinicMetrics.INQUIRIES_RECEIVED, "kind", "spam").count()).isEqualTo(1);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void theSameFormSentTwiceAtOnceIsOneInquiry() throws Exception {
        var formKey = UUID.randomUUID();
        Callable<InquiryReceipt> send = () -> inquiries.submit(sent("Grace Hopper", null), formKey, null, ANYONE);

        try (var pool = Executors.newFixedThreadPool(4)) {
            var receipts = pool.invokeAll(List.of(send, send, send, send));
            var references = receipts.stream().map(future -> {
                try {
                    return future.get().reference();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).distinct().toList();
            assertThat(references).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from inquiry where form_key = :key").param("key", formKey)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void spamIsStoredAsSpamWithAnOrdinaryReference() {
        var receipt = inquiries.submit(sent("Bot", null), UUID.randomUUID(), "honeypot", ANYONE);

        assertThat(receipt.reference()).startsWith("INQ-");
        assertThat(inquiries.byReference(receipt.reference()).orElseThrow().status()).isEqualTo(InquiryStatus.SPAM);
    }

    @Test
    void aClientGetsNoMoreThanTheLimitAcceptedAndSpamAndResentFormsDoNotCount() {
        var limit = new RateLimit("client-" + UUID.randomUUID(), 2, Duration.ofMinutes(10));
        var firstForm = UUID.randomUUID();

        inquiries.submit(sent("One", null), firstForm, null, limit);
        inquiries.submit(sent("One again", null), firstForm, null, limit);
        inquiries.submit(sent("Bot", null), UUID.randomUUID(), "honeypot", limit);
        inquiries.submit(sent("Two", null), UUID.randomUUID(), null, limit);

        assertThatThrownBy(() -> inquiries.submit(sent("Three", null), UUID.randomUUID(), null, limit))
                .isInstanceOf(TooManyInquiriesException.class);
        var otherClient = new RateLimit("client-" + UUID.randomUUID(), 2, Duration.ofMinutes(10));
        assertThat(inquiries.submit(sent("Elsewhere", null), UUID.randomUUID(), null, otherClient).reference())
                .startsWith("INQ-");
    }

    @Test
    void anInquiryOwesTheInboxAnAlertAndThePatientAnAcknowledgementNeitherRepeatingWhatTheyWrote() {
        String address = "mary-" + UUID.randomUUID() + "@example.com";
        var receipt = inquiries.submit(new NewInquiry("Mary Seacole", address, null, null, ContactMethod.EMAIL,
                null, null, "Could you tell me more?"), UUID.randomUUID(), null, ANYONE);

        var mail = outbox.forInquiry(receipt.id());
        assertThat(mail).extracting(OutboxMessage::kind).containsExactly(OutboxMessage.Kind.INQUIRY_ALERT,
                OutboxMessage.Kind.INQUIRY_ACKNOWLEDGEMENT);
        assertThat(mail.get(0).recipient()).isEqualTo("inbox@clinic.example");
        assertThat(mail.get(0).body()).contains("Mary Seacole", receipt.reference(),
                "http://localhost:8081/inquiries/" + receipt.reference());
        assertThat(mail.get(1).recipient()).isEqualTo(address);
        assertThat(mail.get(1).subject()).contains(receipt.reference());
        assertThat(mail).allSatisfy(message -> assertThat(message.body()).doesNotContain("Could you tell me more?"));
        assertThat(mail).extracting(OutboxMessage::status).containsOnly(OutboxMessage.Status.PENDING);
    }

    @Test
    void spamOwesNobodyMailAndAPatientGetsAFewAcknowledgementsADayAtMost() {
        var spam = inquiries.submit(sent("Bot", null), UUID.randomUUID(), "too fast", ANYONE);
        assertThat(outbox.forInquiry(spam.id())).isEmpty();

        String address = "busy-" + UUID.randomUUID() + "@example.com";
        long acknowledged = 0;
        for (int i = 0; i < 5; i++) {
            var receipt = inquiries.submit(new NewInquiry("Busy Patient", address, null, null, ContactMethod.EMAIL,
                    null, null, "Hello"), UUID.randomUUID(), null, ANYONE);
            acknowledged += outbox.forInquiry(receipt.id()).stream()
                    .filter(message -> message.kind() == OutboxMessage.Kind.INQUIRY_ACKNOWLEDGEMENT).count();
        }
        assertThat(acknowledged).isEqualTo(3);
    }

    @Test
    void anInquiryWithoutANameIsRefused() {
        assertThatThrownBy(() -> inquiries.submit(sent(" ", null), UUID.randomUUID(), null, ANYONE))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void theNumberIsPaddedToSixDigitsAndMayGrowBeyond() {
        assertThat(InquiryService.reference(2026, 123)).isEqualTo("INQ-2026-000123");
        assertThat(InquiryService.reference(2027, 1234567)).isEqualTo("INQ-2027-1234567");
    }

    private static NewInquiry sent(String name, String treatment) {
        return new NewInquiry(name, "patient@example.com", "+442079460321", "020 7946 0321", ContactMethod.EMAIL,
                "Mornings", treatment, "Could you tell me more?");
    }
}
