package com.clinicplatform.admin.users;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.clinicplatform.account.AccountAdministration;
import com.clinicplatform.account.AccountDetails;
import com.clinicplatform.account.AccountRuleException;
import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FieldErrors;
import com.clinicplatform.admin.base.FormProblem;

/**
 * One account, for an administrator: a new one (a one-time password is made and shown once), or an existing one
 * with its name, email and roles, and what to do when its owner is stuck: unlock, reset the password, turn off
 * two-factor sign-in; or disable it. The service checks every rule; a refusal is shown here and nothing typed is lost.
 */
class AccountDialog extends Dialog {

    private final AccountAdministration administration;
    private final AccountService accounts;
    private final ConsoleFormats formats;
    private final Runnable changed;
    private final String signedInAs;
    private UserAccount account;

    final TextField username = new TextField("Username");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button save;
    private final FormProblem problem = new FormProblem();
    private final Div actions = new Div();

    AccountDialog(AccountAdministration administration, AccountService accounts, ConsoleFormats formats,
            String signedInAs, UserAccount existing, Runnable changed) {
        this.administration = administration;
        this.accounts = accounts;
        this.formats = formats;
        this.changed = changed;
        this.signedInAs = signedInAs;
        this.account = existing;
        setHeaderTitle(existing == null ? "New account" : existing.fullName());
        setWidth("min(40rem, 95vw)");

        username.setMaxLength(64);
        username.setHelperText(existing == null ? "How they sign in; cannot be changed later." : null);
        fullName.setMaxLength(200);
        email.setMaxLength(254);
        email.setHelperText("Optional.");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(RoleLabels::description);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        FieldErrors.clearOnChange(username, fullName, email, roles);

        var form = new FormLayout(username, fullName, email, roles);
        form.setColspan(roles, 2);
        add(problem, form);

        save = new Button(existing == null ? "Create account" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);

        if (existing == null) {
            roles.setValue(EnumSet.of(Role.STAFF));
        } else {
            show(existing);
            add(actions);
        }
    }

    private void show(UserAccount shown) {
        account = shown;
        username.setValue(shown.username());
        username.setReadOnly(true);
        fullName.setValue(shown.fullName());
        email.setValue(shown.email().orElse(""));
        roles.setValue(shown.roles());
        showActions();
    }

    private void showActions() {
        actions.removeAll();
        actions.addClassName("account-actions");
        var status = new Paragraph(AccountListView.status(account, accounts, formats) + ". Two-factor sign-in "
                + (account.isTwoFactorEnrolled() ? "on" : "off") + ". "
                + account.lastSignInAt().map(at -> "Last signed in " + formats.dateTime(at) + ".")
                        .orElse("Never signed in."));
        actions.add(new H3("Account"), status);
        if (account.username().equalsIgnoreCase(signedInAs)) {
            // the rules refuse disabling, resetting or demoting oneself: offer only what one may do
            actions.add(new Paragraph("This is your own account. Change your password and two-factor sign-in from"
                    + " your account menu; another administrator can disable it or reset it."));
            return;
        }
        if (accounts.isLockedOut(account)) {
            actions.add(action("Unlock", "Unlock " + account.fullName() + "?", "They can sign in again at once.",
                    () -> administration.unlock(account.id()), "Unlocked."));
        }
        actions.add(new Button("Reset password…", e -> confirm("Reset " + account.fullName() + "'s password?",
                "They get a one-time password, shown to you once, and must choose a new one when they sign in."
                        + " Their current sessions end.", "Reset password", () -> {
                    var oneTime = administration.resetPassword(account.id());
                    after(oneTime.account(), null);
                    new OneTimePasswordDialog("Password reset", oneTime).open();
                })));
        if (account.isTwoFactorEnrolled()) {
            actions.add(action("Turn off two-factor sign-in…", "Turn off two-factor sign-in for "
                    + account.fullName() + "?", "For someone who lost their phone and recovery codes."
                    + (account.hasRole(Role.ADMIN) ? " As an administrator, they set it up again when they next"
                            + " sign in." : " They can set it up again from their account menu."),
                    () -> administration.resetTwoFactor(account.id()), "Two-factor sign-in is off for this account."));
        }
        if (account.isEnabled()) {
            var disable = action("Disable account…", "Disable " + account.fullName() + "'s account?",
                    "They can no longer sign in, and any session of theirs ends now. You can enable it again.",
                    () -> administration.disable(account.id()), "Account disabled.");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(disable);
        } else {
            actions.add(action("Enable account", "Enable " + account.fullName() + "'s account?",
                    "They can sign in again with their password.", () -> administration.enable(account.id()),
                    "Account enabled."));
        }
    }

    private Button action(String label, String question, String consequence, Supplier<UserAccount> run,
            String done) {
        return new Button(label, e -> confirm(question, consequence, label.replace("…", ""),
                () -> after(run.get(), done)));
    }

    private void confirm(String question, String consequence, String confirmLabel, Runnable run) {
        var dialog = new ConfirmDialog(question, consequence, confirmLabel, e -> {
            try {
                run.run();
            } catch (AccountRuleException refused) {
                problem.show(refused.getMessage());
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void after(UserAccount updated, String done) {
        account = updated;
        showActions();
        changed.run();
        if (done != null) {
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void save() {
        problem.clear();
        var details = new AccountDetails(username.getValue(), fullName.getValue(), email.getValue(),
                Set.copyOf(roles.getValue()));
        try {
            if (account == null) {
                var created = administration.create(details);
                changed.run();
                close();
                new OneTimePasswordDialog("Account created", created).open();
            } else {
                boolean ownRolesChange = account.username().equalsIgnoreCase(signedInAs)
                        && !account.roles().equals(details.roles());
                var updated = administration.update(account.id(), account.version(), details);
                changed.run();
                close();
                // sessions keep the roles they signed in with, so a change of roles ends them, this one included
                Notification.show(ownRolesChange ? "Your roles have changed: sign in again to use them."
                        : "Saved " + updated.fullName() + "'s account.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (ConstraintViolationException invalid) {
            showViolations(invalid);
        } catch (AccountRuleException refused) {
            problem.show(refused.getMessage());
        } catch (DataIntegrityViolationException taken) {
            // another administrator created the same username a moment ago
            username.setErrorMessage("The username " + details.username().strip() + " is taken. Choose another.");
            username.setInvalid(true);
        } catch (OptimisticLockingFailureException meanwhile) {
            problem.show("Someone else changed this account while you were editing it. Cancel and open it again to"
                    + " see their change; what you typed is still here.");
        }
    }

    private void showViolations(ConstraintViolationException invalid) {
        problem.show(invalid, Map.of("username", username, "fullName", fullName, "email", email,
                "roles", roles));
    }
}
