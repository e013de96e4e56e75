package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.Role;
import com.clinicplatform.system.DataFolder;

class FirstAdministratorTest {

    /** What every start-up below is checked with. */
    abstract static class AfterStartUp {

        @Autowired
        AccountService accounts;

        @Autowired
        DataFolder dataFolder;

        @Autowired
        PasswordEncoder passwordEncoder;
    }

    @Nested
    @SpringBootTest
    @ExtendWith(OutputCaptureExtension.class)
    @DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)  // its own start-up, so its output is seen
    class WithAGeneratedPassword extends AfterStartUp {

        @Test
        void theOneTimePasswordIsWrittenForTheOwnerOnlyAndNeverLogged(CapturedOutput output) throws Exception {
            var file = dataFolder.resolve(FirstAdministrator.PASSWORD_FILE);
            var password = Files.readString(file).strip();

            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            var admin = accounts.findByUsername("admin").orElseThrow();
            assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.STAFF, Role.EDITOR);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(passwordEncoder.matches(password, admin.passwordHash())).isTrue();
            assertThat(output.getAll()).doesNotContain(password);
        }
    }

    @Nested
    @SpringBootTest(
            properties = "clinic.admin-password=Given-One-Time-Password-1")
    class WithAGivenPassword extends AfterStartUp {

        @Test
        void theGivenPasswordIsUsedAndNoFileIsWritten() {
            var admin = accounts.findByUsername("admin").orElseThrow();

            assertThat(passwordEncoder.matches("Given-One-Time-Password-1", admin.passwordHash())).isTrue();
            assertThat(dataFolder.resolve(FirstAdministrator.PASSWORD_FILE)).doesNotExist();
        }
    }
}
