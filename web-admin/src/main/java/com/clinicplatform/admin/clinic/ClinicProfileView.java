package com.clinicplatform.admin.clinic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.admin.base.MarkdownField;
import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileChangedMeanwhileException;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.ClinicProperties;

/**
 * The clinic's details as every public page shows them: name, contact, address, opening hours, and the texts in
 * Markdown (directions, the privacy notice, the medical disclaimer), each previewed as the site will render it. The
 * server checks what is saved and each mistake shows beside its field; a colleague's newer change is never overwritten,
 * and nothing typed is lost either way. On an installation with no profile yet, saving writes the first one.
 */
@Route("clinic-profile")
@PageTitle("Clinic profile – Clinic console")
@RolesAllowed("EDITOR")
public class ClinicProfileView extends Main {

    static final String SAVED = "Saved — the website shows it within seconds";

    private final ClinicProfileService profile;
    private final ConsoleFormats formats;
    /** The version the form was filled from: a save names it, so that it never overwrites a change made since. */
    private long version;

    final TextField name = new TextField("Clinic name");
    final TextField phone = new TextField("Phone number");
    final EmailField email = new EmailField("Email");
    final TextField streetAddress = new TextField("Street address");
    final TextField locality = new TextField("Town or city");
    final TextField postalCode = new TextField("Postcode");
    final TextField country = new TextField("Country");
    final OpeningHoursEditor openingHours;
    final TextField openingHoursNote = new TextField("Note on opening hours");
    final MarkdownField directions;
    final MarkdownField privacyNotice;
    final MarkdownField disclaimer;
    final Button save = new Button("Save");
    final Paragraph firstProfile = new Paragraph("The clinic has no profile yet, so the website shows no address,"
            + " phone number or disclaimer. What you save here becomes its first one.");
    final Div changedMeanwhile = new Div();
    final Button reload = new Button("Show the saved details");
    private final Paragraph changedMeanwhileText = new Paragraph();
    private final FormProblem problem = new FormProblem();

    ClinicProfileView(ClinicProfileService profile, MarkdownRenderer markdown, ConsoleFormats formats,
            ClinicProperties settings) {
        this.profile = profile;
        this.formats = formats;
        addClassName("view-page");
        addClassName("clinic-profile");
        openingHours = new OpeningHoursEditor(formats.locale());
        directions = new MarkdownField("Directions", markdown, MarkdownRenderer.SECTION_HEADINGS);
        privacyNotice = new MarkdownField("Privacy notice", markdown, MarkdownRenderer.PAGE_HEADINGS);
        disclaimer = new MarkdownField("Medical disclaimer", markdown, MarkdownRenderer.SECTION_HEADINGS);

        required(name, 200);
        required(phone, 40);
        phone.setHelperText("As callers dial it: 020 7946 0123, or +44 20 7946 0123. The website shows it as written.");
        required(email, 254);
        required(streetAddress, 300);
        required(locality, 120);
        required(postalCode, 20);
        required(country, 120);
        openingHoursNote.setMaxLength(300);
        openingHoursNote.setManualValidation(true);
        openingHoursNote.setHelperText("Optional, shown below the hours: \"Closed on bank holidays.\"");
        directions.setHelperText("Optional. On the contact page: how to get there, where to park.");
        privacyNotice.setHelperText("Optional. The whole of the website's privacy page.");
        disclaimer.setHelperText("At the foot of every page: results vary, this is not medical advice, ask a"
                + " physician.");
        disclaimer.setRequiredIndicatorVisible(true);
        disclaimer.setManualValidation(true);
        FieldErrors.clearOnChange(name, phone, email, streetAddress, locality, postalCode, country, openingHoursNote,
                directions, privacyNotice, disclaimer);

        var contact = new FormLayout(name, phone, email);
        var address = new FormLayout(streetAddress, locality, postalCode, country);
        var website = new Anchor(settings.publicUrl("/contact"), "See the contact page", AnchorTarget.BLANK);
        var intro = new Paragraph("Every page of the website shows these details. ");
        intro.add(website);

        firstProfile.addClassName("first-profile");
        changedMeanwhile.addClassName("changed-meanwhile");
        changedMeanwhileText.getElement().setAttribute("role", "alert");
        reload.addClickListener(e -> fill());
        changedMeanwhile.add(changedMeanwhileText, reload);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var actions = new Div(save);
        actions.addClassName("form-actions");

        add(new H1("Clinic profile"), intro, firstProfile, problem, changedMeanwhile,
                new H2("Contact"), contact, new H2("Address"), address,
                new H2("Opening hours"), openingHours, openingHoursNote,
                new H2("Texts on the website"), directions, privacyNotice, disclaimer, actions);
        fill();
    }

    /**
     * The server checks every field (Bean Validation on the details; the phone number read by libphonenumber in the
     * clinic's country): the field's own checks would only undo its verdict.
     */
    private static void required(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
    }

    private static void required(EmailField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
    }

    /** The form as the details are saved now, whatever it held. */
    private void fill() {
        var edition = profile.edition();
        version = edition.map(ClinicProfileService.Edition::version).orElse(ClinicProfileService.NO_PROFILE_YET);
        firstProfile.setVisible(edition.isEmpty());
        changedMeanwhile.setVisible(false);
        problem.clear();
        var details = edition.map(ClinicProfileService.Edition::details);
        name.setValue(details.map(ClinicDetails::name).orElse(""));
        phone.setValue(details.map(ClinicDetails::phone).orElse(""));
        email.setValue(details.map(ClinicDetails::email).orElse(""));
        streetAddress.setValue(details.map(ClinicDetails::streetAddress).orElse(""));
        locality.setValue(details.map(ClinicDetails::locality).orElse(""));
        postalCode.setValue(details.map(ClinicDetails::postalCode).orElse(""));
        country.setValue(details.map(ClinicDetails::country).orElse(""));
        openingHours.setValue(details.map(ClinicDetails::openingHours).orElse(List.of()));
        openingHoursNote.setValue(details.map(ClinicDetails::openingHoursNote).orElse(""));
        directions.setValue(details.map(ClinicDetails::directions).orElse(""));
        privacyNotice.setValue(details.map(ClinicDetails::privacyNotice).orElse(""));
        disclaimer.setValue(details.map(ClinicDetails::disclaimer).orElse(""));
        for (var field : fields()) {
            field.setInvalid(false);
        }
    }

    private void save() {
        if (problem.blocks(fields())) {
            return;
        }
        var details = new ClinicDetails(name.getValue().strip(), phone.getValue().strip(), email.getValue().strip(),
                streetAddress.getValue().strip(), locality.getValue().strip(), postalCode.getValue().strip(),
                country.getValue().strip(), disclaimer.getValue(), openingHours.getValue(),
                optional(openingHoursNote.getValue()), optional(directions.getValue()),
                optional(privacyNotice.getValue()));
        try {
            version = profile.change(details, version).version();
            firstProfile.setVisible(false);
            changedMeanwhile.setVisible(false);
            Notification.show(SAVED, 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException invalid) {
            showBesideTheFields(invalid);
        } catch (ClinicProfileChangedMeanwhileException meanwhile) {
            changedMeanwhileText.setText(meanwhile.changedBy().orElse("Someone else") + " changed the clinic's"
                    + " details" + meanwhile.changedAt().map(at -> " at " + formats.dateTime(at)).orElse("")
                    + " while you were editing them, so yours are not saved. Everything you typed is still here."
                    + " Show the saved details to start again from theirs (what you typed is then replaced).");
            changedMeanwhile.setVisible(true);
        }
    }

    private void showBesideTheFields(ConstraintViolationException invalid) {
        var others = new HashSet<ConstraintViolation<?>>();
        for (var violation : invalid.getConstraintViolations()) {
            if (!openingHours.show(violation)) {
                others.add(violation);
            }
        }
        var fields = new HashMap<String, HasValidation>(Map.of("name", name, "phone", phone, "email", email,
                "streetAddress", streetAddress, "locality", locality, "postalCode", postalCode, "country", country,
                "openingHoursNote", openingHoursNote, "openingHoursApart", openingHours));
        fields.putAll(Map.of("directions", directions, "privacyNotice", privacyNotice, "disclaimer", disclaimer));
        problem.show(new ConstraintViolationException(others), fields);
        if (!problem.isVisible()) {
            problem.show("Not saved: correct the fields marked, then save again.");
        }
        // the page is long: the button's end of it says so too
        Notification.show("Not saved: correct the fields marked.", 5_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private HasValidation[] fields() {
        var fields = new ArrayList<HasValidation>(List.of(name, phone, email, streetAddress,
                locality, postalCode, country, openingHoursNote, directions, privacyNotice, disclaimer));
        fields.addAll(List.of(openingHours.fields()));
        return fields.toArray(HasValidation[]::new);
    }

    private static String optional(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}
