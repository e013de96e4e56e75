package com.clinicplatform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

class DeliveryFailureTest {

    private static final String PATIENT = "mary.seacole@example.com";

    @Test
    void aServerThatCannotBeReachedIsTriedAgain() {
        var failure = DeliveryFailure.of(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                        new ConnectException("Connection refused"))));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).isEqualTo("Cannot reach the mail server (ConnectException: Connection refused)");
    }

    @Test
    void aServerThatStopsAnsweringIsTriedAgain() {
        var failure = DeliveryFailure.of(new MailSendException("Mail server connection failed",
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).startsWith("The mail server did not answer in time");
    }

    @Test
    void aRefusedSignInIsTriedAgainOnceSomeoneFixesTheSettings() {
        var failure = DeliveryFailure.of(new MailAuthenticationException(
                new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid")));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).startsWith("The mail server refused our sign-in")
                .endsWith("(AuthenticationFailedException: 535 5.7.8 Authentication credentials invalid)");
    }

    @Test
    void anAddressTheServerRefusesIsPermanentAndTheReasonDoesNotRepeatIt() throws Exception {
        var refused = new SendFailedException("Invalid Addresses", new MessagingException(
                "550 5.1.1 <" + PATIENT + ">: Recipient address rejected: User unknown in mailbox " + PATIENT),
                new Address[0], new Address[0], new Address[] {new InternetAddress(PATIENT)});
        var failure = DeliveryFailure.of(new MailSendException(Map.of("message", refused)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).startsWith("The mail server refused the recipient's address")
                .contains("550 5.1.1 <[address]>: Recipient address rejected")
                .doesNotContain("mary").doesNotContain("seacole");
    }

    @Test
    void aBusyServerLeavesTheAddressValidAndTheMessageIsTriedAgain() throws Exception {
        var busy = new SendFailedException("Invalid Addresses",
                new MessagingException("452 4.2.2 Mailbox full"), new Address[0],
                new Address[] {new InternetAddress(PATIENT)}, new Address[0]);

        var failure = DeliveryFailure.of(new MailSendException(Map.of("message", busy)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).startsWith("The mail server did not take the message").doesNotContain("mary");
    }

    @Test
    void anAddressThatIsNotMailIsPermanent() {
        var failure = DeliveryFailure.of(new MailParseException(
                new AddressException("Domain contains dot-dot", "``" + PATIENT + "..''")));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.reason()).doesNotContain("mary");
    }

    @Test
    void aLongReplyIsCutAndOnlyItsFirstLineKept() {
        var failure = DeliveryFailure.of(new MailSendException("x".repeat(1_000) + "\nsecond line"));

        assertThat(failure.reason()).hasSizeLessThanOrEqualTo(DeliveryFailure.LONGEST_REASON).endsWith("…")
                .doesNotContain("second line");
    }
}
