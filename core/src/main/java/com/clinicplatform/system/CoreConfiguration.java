package com.clinicplatform.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClinicProperties.class)
class CoreConfiguration {

    /** The one clock: code asks it for "now", and tests move it instead of sleeping. */
    @Bean
    Clock clock(ClinicProperties properties) {
        return Clock.system(properties.timeZone());
    }

    /**
     * Bean Validation asks the same clock, so "not in the future" means the clinic's now, also in a test that moved
     * its clock.
     */
    @Bean
    ValidationConfigurationCustomizer validationUsesTheClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    /** Hashes carry their algorithm ({bcrypt}…), so a later, stronger default can sit beside the hashes of today. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
