package com.clinicplatform.admin.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.account.TwoFactorSignIn;
import com.clinicplatform.admin.dashboard.DashboardView;

/**
 * The second step of signing in, for an account with two-factor sign-in: the six-digit code from the authenticator
 * app, or one of the recovery codes.
 */
@Route(value = TwoFactorVerificationView.ROUTE, autoLayout = false)
@PageTitle("Two-factor sign-in – Clinic console")
@PermitAll
public class TwoFactorVerificationView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "sign-in/code";

    private final TwoFactorSignIn twoFactor;
    private final CurrentUser currentUser;
    private final SignInSteps steps;

    final TextField code = SignInCard.codeField("The 6-digit code your authenticator app shows now. Lost your phone?"
            + " Enter one of your recovery codes instead.", false);
    final Button verify = new Button("Verify");

    TwoFactorVerificationView(TwoFactorSignIn twoFactor, CurrentUser currentUser, SignInSteps steps) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.steps = steps;
        code.setRequired(true);
        code.setAutofocus(true);

        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> verify());
        var signOut = new Button("Sign out", e -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var actions = new HorizontalLayout(verify, signOut);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        SignInCard.on(this, SignInCard.title("Two-factor sign-in"), new Paragraph("Your password was right. To"
                + " finish signing in, open your authenticator app and enter the code it shows for this console."),
                code, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SignInSteps.isPending(currentUser.authentication().orElse(null))) {
            event.forwardTo(DashboardView.class);  // nothing to verify: signed in already
        }
    }

    private void verify() {
        if (code.getValue().isBlank()) {
            showError("Enter the code from your app.");
            return;
        }
        var username = currentUser.principal().orElseThrow().getUsername();
        switch (twoFactor.verify(username, code.getValue())) {
            case SIGNED_IN -> {
                steps.completeSecondFactor();
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
            }
            case WRONG_CODE -> showError("This code is not right, or has been used. Enter the code your app shows"
                    + " now; if it keeps failing, check that your phone's clock is right.");
            case LOCKED_OUT -> currentUser.signOut(LoginView.ROUTE + "?" + LoginView.TOO_MANY_CODES);
        }
    }

    private void showError(String message) {
        SignInCard.showError(code, message);
    }
}
