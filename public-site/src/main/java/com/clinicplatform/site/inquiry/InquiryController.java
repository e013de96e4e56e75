package com.clinicplatform.site.inquiry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicplatform.clinic.PhoneNumbers;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.InquiryReceipt;
import com.clinicplatform.inquiry.InquiryService;
import com.clinicplatform.inquiry.NewInquiry;
import com.clinicplatform.inquiry.RateLimit;
import com.clinicplatform.inquiry.TooManyInquiriesException;
import com.clinicplatform.site.pagecache.PageCache;
import com.clinicplatform.site.seo.PageMeta;
import com.clinicplatform.site.system.PageNotFoundException;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.system.SignedTokens;
import com.clinicplatform.treatment.TreatmentChoice;
import com.clinicplatform.treatment.TreatmentService;

/**
 * The inquiry form: shown with a signed form token, checked on the server (everything typed is kept when it is
 * not right), stored once per form, and answered with a redirect to a confirmation page that only a signed link
 * reaches. No cookie is ever set.
 */
@Controller
@EnableConfigurationProperties(InquirySettings.class)
class InquiryController {

    private static final String RECEIPT = "inquiry-receipt";
    /** What a client's address is hashed for: the rate limit. */
    private static final String CLIENT = "inquiry-client";
    private static final int HTTP_TOO_MANY_REQUESTS = 429;
    /** How long the confirmation page can be reloaded. */
    private static final Duration RECEIPT_LIFETIME = Duration.ofDays(1);
    /** A form older than this is shown again to be checked and sent afresh. */
    private static final Duration FORM_LIFETIME = Duration.ofDays(1);

    private final InquiryService inquiries;
    private final TreatmentService treatments;
    private final SignedTokens tokens;
    private final ClinicProperties settings;
    private final InquirySettings inquirySettings;
    private final PageCache cache;
    private final Clock clock;

    InquiryController(InquiryService inquiries, TreatmentService treatments, SignedTokens tokens,
            ClinicProperties settings, InquirySettings inquirySettings, PageCache cache, Clock clock) {
        this.inquiries = inquiries;
        this.cache = cache;
        this.treatments = treatments;
        this.tokens = tokens;
        this.settings = settings;
        this.inquirySettings = inquirySettings;
        this.clock = clock;
    }

    @InitBinder("inquiryForm")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("fullName", "email", "phone", "preferredContact", "bestTime", "treatment", "message",
                "consent", "website");
    }

    @GetMapping("/inquiry")
    String form(@RequestParam(name = "treatment", required = false) String slug, Model model,
            HttpServletResponse response) {
        var form = new InquiryForm();
        if (slug != null) {
            choice(slug).ifPresent(choice -> form.setTreatment(choice.slug()));
        }
        return show(form, FormToken.fresh(clock.instant()), model, response);
    }

    @PostMapping("/inquiry")
    String send(@Valid @ModelAttribute("inquiryForm") InquiryForm form, BindingResult errors,
            @RequestParam(name = "_csrf", required = false) String signedToken, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (!fromThisSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("meta", PageMeta.of("Request not accepted", null, "/inquiry").notIndexed());
            return "inquiry/refused";
        }
        var now = clock.instant();
        var token = FormToken.read(signedToken, tokens)
                .filter(read -> read.firstShown().plus(FORM_LIFETIME).isAfter(now));
        if (token.isEmpty()) {
            model.addAttribute("expired", true);
            return show(form, FormToken.fresh(now), model, response);
        }
        var phone = checkTheWaysToReach(form, errors);
        if (errors.hasErrors()) {
            return show(form, token.get(), model, response);
        }
        var limit = new RateLimit(tokens.fingerprint(CLIENT, request.getRemoteAddr()), inquirySettings.rateLimit(),
                InquirySettings.RATE_WINDOW);
        InquiryReceipt receipt;
        try {
            receipt = inquiries.submit(new NewInquiry(form.getFullName(), form.getEmail(), phone.orElse(null),
                            form.getPhone(), ContactMethod.valueOf(form.getPreferredContact()), form.getBestTime(),
                            InquiryForm.NOT_SURE.equals(form.getTreatment()) ? null : form.getTreatment(),
                            form.getMessage()),
                    token.get().formKey(), spamReason(form, token.get(), now), limit);
        } catch (TooManyInquiriesException e) {
            // everything typed stays on the page, with the phone number to call instead
            response.setStatus(HTTP_TOO_MANY_REQUESTS);
            response.setHeader("Retry-After", String.valueOf(InquirySettings.RATE_WINDOW.toSeconds()));
            model.addAttribute("rateLimited", true);
            return show(form, token.get(), model, response);
        }
        String receiptToken = tokens.sign(RECEIPT,
                receipt.reference() + "|" + now.plus(RECEIPT_LIFETIME).getEpochSecond());
        // 303: the confirmation is fetched with GET, so reloading it never sends the form again
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/inquiry/sent?r=" + receiptToken);
        return null;
    }

    @GetMapping("/inquiry/sent")
    String sent(@RequestParam(name = "r", required = false) String receiptToken, Model model,
            HttpServletResponse response) {
        var now = clock.instant();
        String reference = tokens.verify(RECEIPT, receiptToken)
                .map(payload -> payload.split("\\|"))
                .filter(parts -> parts.length == 2 && parts[1].matches("\\d{1,19}")
                        && Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(now))
                .map(parts -> parts[0])
                .orElseThrow(PageNotFoundException::new);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("reference", reference);
        model.addAttribute("meta", PageMeta.of("Your request has been sent", null, "/inquiry/sent").notIndexed());
        return "inquiry/sent";
    }

    private String show(InquiryForm form, FormToken token, Model model, HttpServletResponse response) {
        // a page with a form token is this visitor's alone
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("inquiryForm", form);
        model.addAttribute("formToken", token.signedWith(tokens));
        model.addAttribute("treatments", choices());
        model.addAttribute("meta", PageMeta.of("Request more information",
                "Ask us about a treatment: a member of our team will reply by email or phone.", "/inquiry")
                .notIndexed());
        return "inquiry/form";
    }

    /** The published treatments a visitor can ask about, kept until the content changes: the form is busy. */
    private List<TreatmentChoice> choices() {
        return cache.derived("treatment-choices", treatments::choices);
    }

    private Optional<TreatmentChoice> choice(String slug) {
        return choices().stream().filter(choice -> choice.slug().equals(slug)).findFirst();
    }

    /** Email or phone, whichever the visitor chose to be contacted by, and a phone number that can be called. */
    private Optional<String> checkTheWaysToReach(InquiryForm form, BindingResult errors) {
        Optional<String> phone = Optional.empty();
        if (form.hasPhone()) {
            phone = PhoneNumbers.international(form.getPhone(), settings.locale());
            if (phone.isEmpty() && !errors.hasFieldErrors("phone")) {
                errors.rejectValue("phone", "invalid",
                        "Enter a phone number we can call, like 020 7946 0321 or +44 20 7946 0321");
            }
        }
        if (!form.hasEmail() && !form.hasPhone()) {
            errors.rejectValue("email", "missing", "Enter an email address or a phone number");
        } else if ("EMAIL".equals(form.getPreferredContact()) && !form.hasEmail()) {
            errors.rejectValue("email", "missing", "Enter your email address, or choose to be contacted by phone");
        } else if ("PHONE".equals(form.getPreferredContact()) && !form.hasPhone()) {
            errors.rejectValue("phone", "missing", "Enter your phone number, or choose to be contacted by email");
        }
        String treatment = form.getTreatment();
        if (treatment != null && !InquiryForm.NOT_SURE.equals(treatment) && choice(treatment).isEmpty()) {
            errors.rejectValue("treatment", "unknown", "Choose a treatment from the list, or “Not sure yet”");
        }
        return phone;
    }

    /** Why an otherwise valid submission came from a machine, or null when a person sent it. */
    private String spamReason(InquiryForm form, FormToken token, Instant now) {
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            return "honeypot";
        }
        if (Duration.between(token.firstShown(), now).getSeconds() < inquirySettings.minFillSeconds()) {
            return "too fast";
        }
        return null;
    }

    /**
     * The browser says where the form was sent from: its {@code Origin} must be this site, and a browser that sends
     * only {@code Sec-Fetch-Site} must not call it cross-site. A form another site posts here is refused.
     */
    private boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equals(origin(settings.publicBaseUrl())) || origin.equals(requestOrigin(request));
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    private static String origin(URI address) {
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = (request.getScheme().equals("http") && port == 80)
                || (request.getScheme().equals("https") && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
