package com.clinicplatform.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    /** Hashes carry their algorithm ({bcrypt}…), so a later, stronger default can sit beside the hashes of today. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
