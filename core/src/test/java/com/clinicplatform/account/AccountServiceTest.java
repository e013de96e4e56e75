package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theFirstAdministratorIsCreatedOnceWithEveryRoleAndAOneTimePassword() {
        assertThat(accounts.ensureAdministrator("one-time-password-1", Optional.empty(), () -> { })).isTrue();
        assertThat(accounts.ensureAdministrator("one-time-password-2", Optional.empty(), () -> { })).isFalse();

        var admin = accounts.findByUsername("ADMIN").orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.STAFF, Role.EDITOR);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("one-time-password-1");
        assertThat(passwordEncoder.matches("one-time-password-1", admin.passwordHash())).isTrue();
    }

    @Test
    void anotherEnabledAdministratorMeansNoFirstAdministrator() {
        accounts.create(new NewAccount("olivia", "Olivia Grant", null, "a-long-enough-password",
                Set.of(Role.ADMIN), false));

        assertThat(accounts.ensureAdministrator("one-time-password", Optional.empty(), () -> { })).isFalse();
        assertThat(accounts.findByUsername("admin")).isEmpty();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheObligationToChange() {
        accounts.ensureAdministrator("one-time-password", Optional.empty(), () -> { });

        accounts.changePassword("admin", "one-time-password", "a brand new passphrase");

        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("a brand new passphrase", admin.passwordHash())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsReportedBesideThatField() {
        accounts.ensureAdministrator("one-time-password", Optional.empty(), () -> { });

        assertThatThrownBy(() -> accounts.changePassword("admin", "guess", "a brand new passphrase"))
                .isInstanceOfSatisfying(PasswordChangeException.class,
                        e -> assertThat(e.field()).isEqualTo(PasswordChangeException.Field.CURRENT_PASSWORD));
    }

    @Test
    void aWeakNewPasswordIsReportedBesideThatField() {
        accounts.ensureAdministrator("one-time-password", Optional.empty(), () -> { });

        assertThatThrownBy(() -> accounts.changePassword("admin", "one-time-password", "short"))
                .isInstanceOfSatisfying(PasswordChangeException.class, e -> {
                    assertThat(e.field()).isEqualTo(PasswordChangeException.Field.NEW_PASSWORD);
                    assertThat(e.getMessage()).contains("12");
                });
        assertThatThrownBy(() -> accounts.changePassword("admin", "one-time-password", "one-time-password"))
                .isInstanceOf(PasswordChangeException.class);
    }
}
