package com.clinicplatform.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's own start-up settings (see {@code application.properties} for their environment variables).
 *
 * @param demoData      seed the demo clinic, treatments and staff accounts (each set once)
 * @param demoPassword  the demo staff accounts' password; generated into the data folder when blank
 * @param adminPassword the first administrator's one-time password; generated into the data folder when blank
 */
@ConfigurationProperties("clinic")
public record ConsoleProperties(boolean demoData, String demoPassword, String adminPassword) {

    @Override
    public String toString() {
        return "ConsoleProperties[demoData=" + demoData + "]";
    }
}
