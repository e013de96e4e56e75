package com.clinicplatform.admin.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.GeneratedPasswords;
import com.clinicplatform.account.PasswordChanged;
import com.clinicplatform.admin.ConsoleProperties;
import com.clinicplatform.system.DataFolder;

/**
 * Makes sure someone can administer the platform, before any demo data: when no enabled account holds ADMIN,
 * {@code admin} gets every role and a one-time password, either {@code CLINIC_ADMIN_PASSWORD} or one generated
 * into {@code <data folder>/initial-admin-password} (readable by its owner only). The password never goes through
 * the logging system; the file is deleted once the password has been changed. {@code CLINIC_ADMIN_TOTP_SECRET}, when
 * set, pre-enrols the account for two-factor sign-in, so scripted checks can compute its codes.
 */
@Component
public class FirstAdministrator {

    static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final ConsoleProperties settings;
    private final DataFolder dataFolder;

    FirstAdministrator(AccountService accounts, ConsoleProperties settings, DataFolder dataFolder) {
        this.accounts = accounts;
        this.settings = settings;
        this.dataFolder = dataFolder;
    }

    public void ensure() {
        if (accounts.hasEnabledAdministrator()) {
            return;
        }
        boolean given = settings.givenAdminPassword().isPresent();
        String password = settings.givenAdminPassword().orElseGet(GeneratedPasswords::generate);
        // the file is written before the account commits: no administrator exists whose password nobody has
        Runnable handOver = given ? () -> { } : () -> dataFolder.writeSecret(PASSWORD_FILE, password);
        if (!accounts.ensureAdministrator(password, settings.givenAdminTotpSecret(), handOver)) {
            return;  // another instance got there first
        }
        if (given) {
            log.info("Created the first administrator '{}' with the one-time password from CLINIC_ADMIN_PASSWORD",
                    AccountService.FIRST_ADMINISTRATOR);
        } else {
            log.info("Created the first administrator '{}'; its one-time password is in {}",
                    AccountService.FIRST_ADMINISTRATOR, dataFolder.resolve(PASSWORD_FILE));
        }
    }

    @TransactionalEventListener
    void forgetOneTimePassword(PasswordChanged change) {
        if (change.username().equalsIgnoreCase(AccountService.FIRST_ADMINISTRATOR) && dataFolder.delete(PASSWORD_FILE)) {
            log.info("Deleted the first administrator's one-time password file: the password has been changed");
        }
    }
}
