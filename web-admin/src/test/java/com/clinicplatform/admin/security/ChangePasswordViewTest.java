package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.system.DataFolder;

@SpringBootTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DataFolder dataFolder;

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "STAFF", "EDITOR"})
    @DirtiesContext  // the first administrator is one per database: later tests get a fresh one
    void theFirstAdministratorMustReplaceTheOneTimePasswordBeforeAnythingElse() throws Exception {
        var oneTimePassword = Files.readString(dataFolder.resolve(FirstAdministrator.PASSWORD_FILE)).strip();

        var landed = navigate("", Component.class);
        assertThat(landed).isInstanceOf(ChangePasswordView.class);
        var view = (ChangePasswordView) landed;
        assertThat(view.currentPassword.getLabel()).isEqualTo("Current password");
        assertThat(view.newPassword.getLabel()).isEqualTo("New password");
        assertThat(view.confirmPassword.getLabel()).isEqualTo("Confirm new password");
        assertThat(view.change.getText()).isEqualTo("Change password");

        submit(view, oneTimePassword, "quiet harbour lantern 42", "quiet harbour lantern 42");

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("quiet harbour lantern 42", admin.passwordHash())).isTrue();
        assertThat(dataFolder.resolve(FirstAdministrator.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    @WithMockUser(username = "nurse.mismatch", roles = "STAFF")
    void aMistakeIsShownBesideTheFieldAndNothingTypedIsLost() {
        givenAccount("nurse.mismatch", "first-password-123");
        var view = navigate(ChangePasswordView.class);

        submit(view, "first-password-123", "second-password-456", "second-password-457");

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("This does not match the new password.");
        assertThat(view.newPassword.getValue()).isEqualTo("second-password-456");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithMockUser(username = "nurse.empty", roles = "STAFF")
    void emptyFieldsAreEachMarkedWithWhatToEnter() {
        givenAccount("nurse.empty", "first-password-123");
        var view = navigate(ChangePasswordView.class);

        submit(view, "", "", "");

        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Enter your current password.");
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Enter a new password.");
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("Enter the new password again.");
        assertThat(view.currentPassword.isInvalid() && view.newPassword.isInvalid() && view.confirmPassword.isInvalid())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "nurse.wrong", roles = "STAFF")
    void aWrongCurrentPasswordIsRefused() {
        givenAccount("nurse.wrong", "first-password-123");
        var view = navigate(ChangePasswordView.class);

        submit(view, "not-my-password", "second-password-456", "second-password-456");

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(passwordEncoder.matches("first-password-123",
                accounts.findByUsername("nurse.wrong").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    @WithMockUser(username = "nurse.short", roles = "STAFF")
    void aTooShortPasswordIsRefusedWithTheRule() {
        givenAccount("nurse.short", "first-password-123");
        var view = navigate(ChangePasswordView.class);

        submit(view, "first-password-123", "short", "short");

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).contains("at least 12 characters");
    }

    private void submit(ChangePasswordView view, String current, String newPassword, String confirmation) {
        test(view.currentPassword).setValue(current);
        test(view.newPassword).setValue(newPassword);
        test(view.confirmPassword).setValue(confirmation);
        test(view.change).click();
    }

    private void givenAccount(String username, String password) {
        accounts.create(new NewAccount(username, "Test Nurse", null, password, Set.of(Role.STAFF), false));
    }
}
