package com.clinicplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context its own empty database and data folder, ahead of any other setting (so even a
 * CLINIC_DATA_DIR or SPRING_DATASOURCE_URL in the developer's shell cannot lead a test to real data). Registered
 * in {@code META-INF/spring.factories}; test classes need not ask for it.
 */
public class IsolatedTestEnvironment implements ContextCustomizerFactory {

    /** A signing secret for tests only: long enough to pass the apps' check, worthless anywhere else. */
    public static final String TEST_SIGNING_SECRET = "test-only-signing-secret-0123456789abcdef";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** All equal, so Spring's context cache still shares a context among test classes with the same setup. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            try {
                var dataDir = Files.createTempDirectory("clinic-data-");
                var sources = context.getEnvironment().getPropertySources();
                sources.addFirst(new MapPropertySource("isolated-test",
                        Map.of("spring.datasource.url", TestPostgres.newDatabase(),
                                "spring.datasource.username", TestPostgres.USER,
                                "spring.datasource.password", TestPostgres.PASSWORD,
                                "clinic.data-dir", dataDir.toString(),
                                "clinic.signing-secret", TEST_SIGNING_SECRET)));
                // what a developer's shell may have set for ./clinic start must not change what tests see; a test
                // class still sets these through its own properties, which come first. Background jobs never run
                // by their schedule in a test: tests call them themselves, and a run on a cached context would race
                // them (and hold up the JVM's exit once the test database has stopped).
                sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, new MapPropertySource(
                        "isolated-test-defaults", Map.of("clinic.demo-data", "false",
                                "clinic.demo-password", "",
                                "clinic.admin-password", "",
                                "clinic.admin-totp-secret", "",
                                "clinic.outbox.delivery.interval", "3650d",
                                "clinic.scheduled-publication.delay", "3650d",
                                "clinic.inquiry-purge.cron", "-", "clinic.audit-purge.cron", "-")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
