package com.clinicplatform.admin.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.clinicplatform.admin.ConsoleProperties;

/**
 * Every view is closed unless it says who may open it ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}); everything else needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class SecurityConfiguration {

    /** Health and metrics: served on the management port only, which listens on loopback by default. */
    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, SessionRegistry sessions) throws Exception {
        return http
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                // every signed-in session is known, so a password change can end the others
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/" + LoginView.ROUTE + "?expired"))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container ends a session, so it does not keep dead ones. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
