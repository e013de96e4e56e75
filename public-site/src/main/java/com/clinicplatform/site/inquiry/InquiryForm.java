package com.clinicplatform.site.inquiry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The inquiry form as the visitor filled it in, kept as typed so a page with errors shows it all again. The rules
 * that need more than one field (email or phone, the chosen way of contact) are checked by {@link InquiryController}.
 */
public class InquiryForm {

    /** The treatment choice that means "Not sure yet". */
    static final String NOT_SURE = "not-sure";

    @NotBlank(message = "Enter your full name")
    @Size(max = 200, message = "Your name can be up to 200 characters")
    private String fullName;

    @Email(message = "Enter an email address like name@example.com")
    @Size(max = 254, message = "Your email address can be up to 254 characters")
    private String email;

    @Size(max = 40, message = "Your phone number can be up to 40 characters")
    private String phone;

    @NotBlank(message = "Choose how you would like us to contact you")
    @Pattern(regexp = "EMAIL|PHONE", message = "Choose how you would like us to contact you")
    private String preferredContact;

    @Size(max = 200, message = "This can be up to 200 characters")
    private String bestTime;

    private String treatment = NOT_SURE;

    @Size(max = 2000, message = "Your message can be up to 2,000 characters")
    private String message;

    @AssertTrue(message = "Tick the box to agree that we may contact you about your inquiry")
    private boolean consent;

    /** The honeypot: no person sees it or fills it in. */
    private String website;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(String preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getBestTime() {
        return bestTime;
    }

    public void setBestTime(String bestTime) {
        this.bestTime = bestTime;
    }

    public String getTreatment() {
        return treatment;
    }

    public void setTreatment(String treatment) {
        this.treatment = treatment;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }
}
