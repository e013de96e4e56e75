package com.clinicplatform.outbox;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Why a message did not go, in words staff can act on, and whether trying again could ever help.
 *
 * <p>The reason is written for the outbox's {@code last_error} and for the log, so it never carries what the message
 * says, and any e-mail address in the mail server's reply (servers like to quote the recipient back) is blanked: a
 * patient's address is theirs, not the log's.
 *
 * @param permanent no later attempt can work (the address is not one any server would take): staff must look
 * @param reason    our own sentence, then the exception's kind and the first line of its text, addresses removed
 */
record DeliveryFailure(boolean permanent, String reason) {

    /** {@code last_error} holds 500 characters; a reason is read in one glance anyway. */
    static final int LONGEST_REASON = 300;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    static DeliveryFailure of(Exception failure) {
        var causes = causes(failure);
        if (failure instanceof MailAuthenticationException) {
            return transientFailure("The mail server refused our sign-in (check SPRING_MAIL_USERNAME and"
                    + " SPRING_MAIL_PASSWORD)", causes);
        }
        if (failure instanceof MailParseException || failure instanceof MailPreparationException
                || causes.stream().anyMatch(AddressException.class::isInstance)) {
            return permanentFailure("The recipient's address or the message is not valid mail", causes);
        }
        // a server that names the address as the problem (5xx to RCPT TO) will not take it later either; a busy or
        // greylisting server (4xx) leaves it among the valid-but-unsent addresses instead
        if (causes.stream().anyMatch(cause -> cause instanceof SendFailedException sendFailed
                && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0)) {
            return permanentFailure("The mail server refused the recipient's address", causes);
        }
        if (causes.stream().anyMatch(cause -> cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException)) {
            return transientFailure("Cannot reach the mail server", causes);
        }
        if (causes.stream().anyMatch(SocketTimeoutException.class::isInstance)) {
            return transientFailure("The mail server did not answer in time", causes);
        }
        if (failure instanceof MailSendException) {
            return transientFailure("The mail server did not take the message", causes);
        }
        return transientFailure("Sending failed", causes);
    }

    private static DeliveryFailure transientFailure(String sentence, List<Throwable> causes) {
        return new DeliveryFailure(false, reason(sentence, causes));
    }

    private static DeliveryFailure permanentFailure(String sentence, List<Throwable> causes) {
        return new DeliveryFailure(true, reason(sentence, causes));
    }

    /** Our sentence and, for whoever runs the mail server, what its deepest cause said. */
    private static String reason(String sentence, List<Throwable> causes) {
        var deepest = causes.getLast();
        var said = deepest.getMessage() == null ? "" : deepest.getMessage().strip().lines().findFirst().orElse("");
        said = ADDRESS.matcher(said).replaceAll("[address]");
        var reason = sentence + " (" + deepest.getClass().getSimpleName() + (said.isEmpty() ? "" : ": " + said) + ")";
        return reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON - 1) + "…";
    }

    /**
     * The failure and everything behind it, deepest last: its causes, and for a failed send the exception of each
     * message, which Spring keeps beside the cause rather than in it.
     */
    private static List<Throwable> causes(Exception failure) {
        var found = new ArrayList<Throwable>();
        var seen = new HashSet<Throwable>();
        addWithCauses(failure, found, seen);
        if (failure instanceof MailSendException send) {
            for (var perMessage : send.getMessageExceptions()) {
                addWithCauses(perMessage, found, seen);
            }
        }
        return found;
    }

    private static void addWithCauses(Throwable throwable, List<Throwable> found, Set<Throwable> seen) {
        for (var cause = throwable; cause != null && seen.add(cause); cause = cause.getCause()) {
            found.add(cause);
        }
    }
}
