package com.clinicplatform.admin.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.PermitAll;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.PasswordChangeException;
import com.clinicplatform.account.PasswordPolicy;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.dashboard.DashboardView;

/**
 * Where every signed-in member of staff changes their own password, and where an account that must change it is
 * held until it has. The change keeps this session and ends the account's others.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PageTitle("Change password – Clinic console")
@PermitAll
public class ChangePasswordView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "change-password";

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SessionsEndedElsewhere sessions;

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField confirmPassword = new PasswordField("Confirm new password");
    final Button change = new Button("Change password");
    private final Paragraph why = new Paragraph();
    private final RouterLink cancel = new RouterLink("Cancel", DashboardView.class);
    private final Button signOut = new Button("Sign out");

    ChangePasswordView(AccountService accounts, CurrentUser currentUser, SessionsEndedElsewhere sessions) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sessions = sessions;

        currentPassword.setRequired(true);
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setRequired(true);
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A few unrelated words"
                + " make a strong password that is easy to remember.");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setRequired(true);
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new PasswordField[] {currentPassword, newPassword, confirmPassword}) {
            field.setWidthFull();
            field.addValueChangeListener(e -> field.setInvalid(false));
        }

        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.addClickListener(e -> changePassword());

        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(e -> currentUser.signOut());

        var actions = new HorizontalLayout(change, cancel, signOut);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        SignInCard.on(this, SignInCard.title("Change your password"), why, currentPassword, newPassword,
                confirmPassword, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean required = currentUser.account().map(UserAccount::mustChangePassword).orElse(false);
        why.setText(required
                ? "Before you continue, replace the one-time password you were given with one only you know."
                : "Choose a new password. You stay signed in here; your other sessions are signed out.");
        cancel.setVisible(!required);
        signOut.setVisible(required);  // the only other way out of a screen that cannot be skipped
    }

    private void changePassword() {
        if (isBlank(currentPassword, "Enter your current password.")
                | isBlank(newPassword, "Enter a new password.")
                | isBlank(confirmPassword, "Enter the new password again.")) {
            return;
        }
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage("This does not match the new password.");
            confirmPassword.setInvalid(true);
            return;
        }
        var user = currentUser.principal().orElseThrow();
        try {
            accounts.changePassword(user.getUsername(), currentPassword.getValue(), newPassword.getValue());
        } catch (PasswordChangeException e) {
            var field = e.field() == PasswordChangeException.Field.CURRENT_PASSWORD ? currentPassword : newPassword;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            field.focus();
            return;
        }
        // this session goes on; every other session of the account ends on its next request
        sessions.renew(VaadinSession.getCurrent().getSession(), user.getUsername());
        var done = Notification.show("Your password has been changed. Any other sessions of yours have been"
                + " signed out.");
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
    }

    /** Marks an empty field with its message; every empty field is marked at once, not one per click. */
    private static boolean isBlank(PasswordField field, String message) {
        if (!field.getValue().isEmpty()) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
