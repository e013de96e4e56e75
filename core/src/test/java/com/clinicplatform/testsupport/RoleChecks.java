package com.clinicplatform.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on the services' {@code @PreAuthorize} checks, as the console does, for a test class that {@code @Import}s it
 * and signs people in with {@link ActingPerson#signIn}. Without it core's tests run with the checks off.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class RoleChecks {
}
