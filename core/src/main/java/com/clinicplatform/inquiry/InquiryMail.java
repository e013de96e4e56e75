package com.clinicplatform.inquiry;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.outbox.Outbox;
import com.clinicplatform.outbox.OutboxMessage;
import com.clinicplatform.system.ClinicProperties;

/**
 * The mail a new inquiry causes, written to the outbox in the inquiry's own transaction: an alert to the clinic's
 * inbox (the patient's name and a console link, nothing medical) and an acknowledgement to the patient, which never
 * repeats what they wrote.
 */
@Component
@EnableConfigurationProperties(InquiryMail.Settings.class)
class InquiryMail {

    /** @param inboxEmail where alerts go; the clinic's own address when not set */
    @ConfigurationProperties("clinic")
    record Settings(String inboxEmail) {
    }

    private final Outbox outbox;
    private final ClinicProfileService profile;
    private final ClinicProperties clinicSettings;
    private final Settings settings;

    InquiryMail(Outbox outbox, ClinicProfileService profile, ClinicProperties clinicSettings, Settings settings) {
        this.outbox = outbox;
        this.profile = profile;
        this.clinicSettings = clinicSettings;
        this.settings = settings;
    }

    void received(Inquiry inquiry) {
        var clinic = profile.details();
        inbox(clinic).ifPresent(inbox -> outbox.enqueue(OutboxMessage.Kind.INQUIRY_ALERT, inbox,
                "New inquiry " + inquiry.reference(),
                """
                A new inquiry has arrived from %s.

                Reference: %s
                Read it in the staff console: %s

                This message leaves out what the patient wrote; it is in the console.
                """.formatted(inquiry.fullName(), inquiry.reference(),
                        clinicSettings.adminUrl("/inquiries/" + inquiry.reference())),
                inquiry.id()));
        if (inquiry.email() != null) {
            String clinicName = clinic.map(ClinicDetails::name).orElse("the clinic");
            String call = clinic.map(details -> " Please quote it if you call us on " + details.phone() + ".")
                    .orElse("");
            outbox.enqueueRationed(OutboxMessage.Kind.INQUIRY_ACKNOWLEDGEMENT, inquiry.email(),
                    "We have received your request (" + inquiry.reference() + ")",
                    """
                    Dear %s,

                    Thank you for contacting %s. We have received your request, and a member of our team will \
                    contact you %s, usually within one working day.

                    Your reference is %s.%s

                    To protect your privacy, this email does not repeat what you wrote to us.

                    %s
                    """.formatted(inquiry.fullName(), clinicName,
                            inquiry.preferredContact() == ContactMethod.PHONE ? "by phone" : "by email",
                            inquiry.reference(), call, clinicName),
                    inquiry.id());
        }
    }

    private Optional<String> inbox(Optional<ClinicDetails> clinic) {
        if (settings.inboxEmail() != null && !settings.inboxEmail().isBlank()) {
            return Optional.of(settings.inboxEmail().strip());
        }
        return clinic.map(ClinicDetails::email);
    }
}
