package com.clinicplatform.admin;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.clinicplatform.account.AuthenticatorCodes;

/**
 * The console's own start-up settings (see {@code application.properties} for their environment variables).
 *
 * @param demoData      seed the demo clinic, treatments and staff accounts (each set once)
 * @param demoPassword  the demo staff accounts' password; generated into the data folder when blank
 * @param adminPassword the first administrator's one-time password; generated into the data folder when blank
 * @param adminTotpSecret a Base32 secret that pre-enrols the first administrator for two-factor sign-in (scripted
 *                        checks); when blank, the administrator sets up an app at the first sign-in
 */
@ConfigurationProperties("clinic")
public record ConsoleProperties(boolean demoData, String demoPassword, String adminPassword, String adminTotpSecret) {

    public ConsoleProperties {
        if (adminTotpSecret != null && !adminTotpSecret.isBlank()) {
            try {
                AuthenticatorCodes.normalise(adminTotpSecret);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CLINIC_ADMIN_TOTP_SECRET: " + e.getMessage());
            }
        }
    }

    public Optional<String> givenAdminTotpSecret() {
        return given(adminTotpSecret);
    }

    /** The administrator's one-time password when one was given, rather than left to be generated. */
    public Optional<String> givenAdminPassword() {
        return given(adminPassword);
    }

    /** The demo staff's initial password when one was given, rather than left to be generated. */
    public Optional<String> givenDemoPassword() {
        return given(demoPassword);
    }

    private static Optional<String> given(String password) {
        return Optional.ofNullable(password).filter(value -> !value.isBlank());
    }

    @Override
    public String toString() {
        return "ConsoleProperties[demoData=" + demoData + "]";
    }
}
