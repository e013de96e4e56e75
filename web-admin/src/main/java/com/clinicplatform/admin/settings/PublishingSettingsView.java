package com.clinicplatform.admin.settings;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.publication.PublishingPolicy;
import com.clinicplatform.publication.PublishingSettings;

/**
 * The "pages need approval" switch, with who last set it. Turning it off asks first, because it lets medical claims
 * reach the public with nobody but their writer having read them; a colleague's choice made meanwhile is shown, never
 * overwritten.
 */
@Route("settings/publishing")
@PageTitle("Publishing – Clinic console")
@RolesAllowed("ADMIN")
public class PublishingSettingsView extends Main {

    private final PublishingSettings settings;
    private final ConsoleFormats formats;
    /** The switch as last read: a change names its version. */
    private PublishingPolicy.Approval shown;

    final Checkbox pagesNeedApproval = new Checkbox("Pages need approval before they go live");
    final Paragraph lastChanged = new Paragraph();
    private final FormProblem problem = new FormProblem();

    PublishingSettingsView(PublishingSettings settings, ConsoleFormats formats) {
        this.settings = settings;
        this.formats = formats;
        addClassName("view-page");
        addClassName("publishing-settings");

        var explanation = new Paragraph("While this is on, a change to a treatment or condition page goes live only"
                + " once someone other than its writers has approved it: another editor, or an administrator. A page"
                + " that makes medical claims is then always read by a second person before patients see it.");
        explanation.addClassName("setting-explanation");
        lastChanged.addClassName("setting-last-changed");
        pagesNeedApproval.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;  // the page showing what is saved, not someone's choice
            }
            if (e.getValue()) {
                apply(true);
            } else {
                confirmTurningOff();
            }
        });
        add(new H1("Publishing"), problem, pagesNeedApproval, explanation, lastChanged);
        show(settings.approval());
    }

    private void confirmTurningOff() {
        var dialog = new ConfirmDialog("Turn off approval?", "Changes to treatment and condition pages will then go"
                + " live as soon as their writer publishes them, with nobody else reading them first. Medical claims,"
                + " and mistakes about risks or results, could reach the public unchecked.", "Turn off approval",
                e -> apply(false), "Keep approval on", e -> show(shown));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void apply(boolean required) {
        problem.clear();
        try {
            show(settings.requireApproval(required, shown.version()));
            Notification.show(required ? "Pages now need approval before they go live."
                            : "Approval is off: pages now go live when their writer publishes them.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OptimisticLockingFailureException meanwhile) {
            show(settings.approval());
            problem.show("Someone else changed this setting while you had it open; it now shows their choice."
                    + " Make yours again if you still want it.");
        }
    }

    private void show(PublishingPolicy.Approval approval) {
        shown = approval;
        pagesNeedApproval.setValue(approval.pagesNeedApproval());
        lastChanged.setText(approval.updatedByName() == null
                ? "Nobody has changed this since the platform was set up: pages need approval unless an"
                        + " administrator turns it off."
                : "Last changed by " + approval.updatedByName() + " on " + formats.dateTime(approval.updatedAt())
                        + ".");
    }
}
