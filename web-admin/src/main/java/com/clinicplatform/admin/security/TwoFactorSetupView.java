package com.clinicplatform.admin.security;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.account.AccountRuleException;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.TwoFactorSignIn;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;

/**
 * Setting up two-factor sign-in: the app scans the QR code (or takes the secret key, typed), and a code from it
 * proves it holds the key; ten recovery codes are then shown, once. Administrators come here at their first
 * sign-in; anyone else may come from their account menu. Once it is on, this is where recovery codes are renewed
 * (and, for those it is optional for, where it is turned off).
 */
@Route(value = TwoFactorSetupView.ROUTE, autoLayout = false)
@PageTitle("Two-factor sign-in – Clinic console")
@PermitAll
public class TwoFactorSetupView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "two-factor";

    private final TwoFactorSignIn twoFactor;
    private final CurrentUser currentUser;
    private final SignInSteps steps;
    private final String issuer;
    private final VerticalLayout content;

    TextField secretKey;
    TextField code;
    Button verify;
    private TwoFactorSignIn.Enrolment offered;

    TwoFactorSetupView(TwoFactorSignIn twoFactor, CurrentUser currentUser, SignInSteps steps,
            ClinicProfileService profile) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.steps = steps;
        this.issuer = profile.details().map(ClinicDetails::name).orElse("Clinic console");
        this.content = SignInCard.on(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(currentUser.account().orElseThrow());
    }

    private void show(UserAccount account) {
        if (account.isTwoFactorEnrolled()) {
            showStatus(account);
        } else {
            showEnrolment(account);
        }
    }

    private void showEnrolment(UserAccount account) {
        offered = twoFactor.offer(account.username(), issuer);
        boolean required = account.hasRole(Role.ADMIN);
        secretKey = new TextField("Secret key");
        secretKey.setValue(offered.secret());
        secretKey.setReadOnly(true);
        secretKey.setWidthFull();
        secretKey.addClassName("secret-key");
        secretKey.setHelperText("If you cannot scan the code, type this key into your app (time-based).");
        code = SignInCard.codeField("The 6-digit code your app shows for this console.", true);
        code.setRequired(true);
        verify = new Button("Verify", e -> enrol());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);

        content.removeAll();
        content.add(SignInCard.title("Set up two-factor sign-in"),
                new Paragraph(required
                        ? "Administrators sign in with a password and a code from an authenticator app on their"
                                + " phone. Set up your app now to continue."
                        : "With two-factor sign-in, your password alone is not enough to sign in: you also enter"
                                + " a code from an authenticator app on your phone."),
                new Paragraph("1. Scan this QR code with your authenticator app (for example Google"
                        + " Authenticator, Microsoft Authenticator or FreeOTP)."),
                QrCodeImage.of(offered.setupUri(), "QR code to add this console to your authenticator app"),
                secretKey,
                new Paragraph("2. Enter the code the app now shows."), code,
                actions(verify, required));
        code.focus();
    }

    private void enrol() {
        var username = currentUser.principal().orElseThrow().getUsername();
        List<String> recoveryCodes;
        try {
            recoveryCodes = twoFactor.enrol(username, offered.secret(), code.getValue());
        } catch (AccountRuleException e) {
            SignInCard.showError(code, code.getValue().isBlank() ? "Enter the code your app shows." : e.getMessage());
            return;
        }
        if (SignInSteps.isPending(currentUser.authentication().orElse(null))) {
            twoFactor.signedInBySettingUp(username);
            steps.completeSecondFactor();  // setting up the app with a right code is this sign-in's second factor
        }
        showRecoveryCodes("Two-factor sign-in is on", recoveryCodes);
    }

    private void showRecoveryCodes(String heading, List<String> recoveryCodes) {
        var list = new OrderedList();
        list.addClassName("recovery-codes");
        recoveryCodes.forEach(recoveryCode -> list.add(new ListItem(recoveryCode)));
        var done = new Button("Continue", e -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class)));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.removeAll();
        content.add(SignInCard.title(heading),
                new Paragraph("These are your recovery codes. Each works once, in place of a code from your app,"
                        + " if you lose your phone. Keep them somewhere safe, away from your phone: they are shown"
                        + " only now."),
                list, done);
    }

    private void showStatus(UserAccount account) {
        var username = account.username();
        int left = twoFactor.recoveryCodesLeft(username);
        code = SignInCard.codeField("To change anything here, enter the code your app shows now.", true);
        var renew = new Button("Make new recovery codes", e -> withCode(() ->
                showRecoveryCodes("New recovery codes", twoFactor.renewRecoveryCodes(username, code.getValue()))));
        var back = new RouterLink("Back to the console", DashboardView.class);
        var buttons = new HorizontalLayout(renew);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        if (!account.hasRole(Role.ADMIN)) {
            var turnOff = new Button("Turn off two-factor sign-in", e -> confirmTurnOff(username));
            turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(turnOff);
        }
        buttons.add(back);
        content.removeAll();
        content.add(SignInCard.title("Two-factor sign-in"),
                new Paragraph("Two-factor sign-in is on for your account: you sign in with your password and a"
                        + " code from your authenticator app."),
                new Paragraph(left == 0 ? "You have no recovery codes. Make some now, in case you lose your phone."
                        : left == 1 ? "You have 1 unused recovery code. Make new ones before it is used."
                        : "You have " + left + " unused recovery codes."
                                + (left < 3 ? " Make new ones before they run out." : "")),
                code, buttons);
    }

    private void confirmTurnOff(String username) {
        var dialog = new ConfirmDialog("Turn off two-factor sign-in?",
                "Your password alone will then be enough to sign in, and your recovery codes stop working.",
                "Turn off", e -> withCode(() -> {
                    twoFactor.turnOff(username, code.getValue());
                    Notification.show("Two-factor sign-in is off.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
                }));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    /** Runs a change that takes the app's current code; a wrong code is shown beside the field. */
    private void withCode(Runnable change) {
        if (code.getValue().isBlank()) {
            SignInCard.showError(code, "Enter the code your app shows now.");
            return;
        }
        refusedOr(change);
    }

    /** Runs the change; when the account changed meanwhile (an administrator's doing), says why it was refused. */
    private void refusedOr(Runnable change) {
        try {
            change.run();
        } catch (AccountRuleException refused) {
            var account = currentUser.account().orElseThrow();
            if (account.isTwoFactorEnrolled() && code != null && code.getParent().isPresent()) {
                SignInCard.showError(code, refused.getMessage());  // the code, most likely: said beside it
            } else {
                Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                show(account);
            }
        }
    }

    private HorizontalLayout actions(Button primary, boolean required) {
        var actions = new HorizontalLayout(primary);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (required) {
            var signOut = new Button("Sign out", e -> currentUser.signOut());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(signOut);
        } else {
            actions.add(new RouterLink("Cancel", DashboardView.class));
        }
        return actions;
    }
}
