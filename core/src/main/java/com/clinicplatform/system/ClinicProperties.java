package com.clinicplatform.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operational settings both apps read, bound from {@code clinic.*} (see {@code clinic-core.properties} for
 * the environment variables behind them and their defaults).
 *
 * @param timeZone      the clinic's time zone: dates shown to people and inquiry reference years use it
 * @param locale        the language and formats of the screens
 * @param dataDir       the data folder: the local database, the signing secret, one-time password files
 * @param signingSecret signs what one app issues and the other checks; both refuse to start without it
 * @param publicBaseUrl where visitors reach the public site (canonical links, links from the console)
 * @param adminBaseUrl  where staff reach the console (links in mails)
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(ZoneId timeZone, Locale locale, Path dataDir, String signingSecret,
        URI publicBaseUrl, URI adminBaseUrl, List<String> trustedProxies) {

    /** Shorter secrets can be guessed by brute force; 32 characters of random text are well beyond that. */
    static final int MINIMUM_SECRET_LENGTH = 32;

    public ClinicProperties {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new MissingSettingException("CLINIC_SIGNING_SECRET",
                    "is not set. Both apps need the same random secret of at least " + MINIMUM_SECRET_LENGTH
                            + " characters to sign what one issues and the other checks.");
        }
        if (signingSecret.strip().length() < MINIMUM_SECRET_LENGTH) {
            throw new MissingSettingException("CLINIC_SIGNING_SECRET",
                    "is too short: use a random value of at least " + MINIMUM_SECRET_LENGTH + " characters.");
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Europe/London");
        }
        if (locale == null) {
            locale = Locale.UK;
        }
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        if (publicBaseUrl == null) {
            publicBaseUrl = URI.create("http://localhost:8080");
        }
        if (adminBaseUrl == null) {
            adminBaseUrl = URI.create("http://localhost:8081");
        }
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
    }

    /** The public address of a path on the public site, such as {@code /treatments/knee-pain}. */
    public String publicUrl(String path) {
        return publicBaseUrl.toString().replaceAll("/+$", "") + path;
    }

    public String adminUrl(String path) {
        return adminBaseUrl.toString().replaceAll("/+$", "") + path;
    }

    @Override
    public String toString() {
        // the secret must never reach a log line
        return "ClinicProperties[timeZone=" + timeZone + ", locale=" + locale + ", dataDir=" + dataDir
                + ", publicBaseUrl=" + publicBaseUrl + ", adminBaseUrl=" + adminBaseUrl
                + ", trustedProxies=" + trustedProxies + "]";
    }
}
