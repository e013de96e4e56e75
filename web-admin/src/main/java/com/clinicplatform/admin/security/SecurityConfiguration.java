package com.clinicplatform.admin.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.admin.ConsoleProperties;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.system.TrustedProxies;

/**
 * Every view is closed unless it says who may open it ({@code @RolesAllowed}, {@code @PermitAll},
 * {@code @AnonymousAllowed}); everything else needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
// services check roles too (@PreAuthorize on AccountAdministration, the audit log's reading): a view is not the only
// door to them. Not JSR-250: the views' own @RolesAllowed would then make proxies of the views.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Vaadin's client needs inline scripts and styles of its own; what matters here is that nothing is loaded from
     * elsewhere, no plug-in runs and no other site frames the console.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A bean, because the password-change screen renews its own session through it; not a servlet filter of its
     * own as well, which Boot would otherwise make of it: it belongs to the security chain only.
     */
    @Bean
    SessionsEndedElsewhere sessionsEndedElsewhere(AccountService accounts, RequestUtil vaadinRequests) {
        return new SessionsEndedElsewhere(accounts, vaadinRequests);
    }

    @Bean
    FilterRegistrationBean<SessionsEndedElsewhere> sessionsEndedOnlyInTheChain(SessionsEndedElsewhere filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The session cookie goes only over HTTPS when the console is reached over HTTPS, even when a proxy in front ends
     * the TLS (the request the console sees is then plain HTTP, and the container would not mark it by itself).
     */
    @Bean
    ServletContextInitializer secureSessionCookieBehindHttps(ClinicProperties settings) {
        return servletContext -> {
            if ("https".equalsIgnoreCase(settings.adminBaseUrl().getScheme())) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    /**
     * Sign-in against the accounts. The password is checked first whatever the account's state, and only then
     * whether it is locked or disabled (Spring's default is the other way round): a locked or disabled account then
     * answers as slowly as any other, so the time an answer takes does not tell which accounts exist.
     */
    @Bean
    DaoAuthenticationProvider accountSignIn(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** First of all: the client's address, when a trusted proxy forwarded the request. */
    @Bean
    FilterRegistrationBean<ClientAddress> clientAddress(ClinicProperties settings) {
        var registration = new FilterRegistrationBean<>(new ClientAddress(new TrustedProxies(settings.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

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
    SecurityFilterChain console(HttpSecurity http, SessionsEndedElsewhere sessionsEnded, ClinicProperties settings,
            AccountService accounts, Clock clock) throws Exception {
        return http
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/" + LoginView.SIGNED_OUT)
                        // signed-in staff reach the console for any address: an unknown one gets its "not found"
                        // view, and each view still decides who may open it
                        .anyRequest(request -> request.authenticated()))
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(sessionsEnded))
                .addFilterBefore(sessionsEnded, AuthorizationFilter.class)
                .addFilterBefore(new CrossSiteRequestGuard(settings.adminBaseUrl()), CsrfFilter.class)
                .addFilterBefore(new SignInSlowDown(accounts, clock), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.addObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(SecurityConfiguration::signInFailed);
                        return filter;
                    }
                }))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // written before Vaadin answers, so its pages carry them too (it sets SAMEORIGIN otherwise)
                        .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }))
                .build();
    }

    /**
     * A wrong password and a database that cannot be reached are different news: the second must not read as
     * "incorrect username or password".
     */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        LoginView.rememberUsername(request);
        String reason = failure instanceof InternalAuthenticationServiceException ? "unavailable" : "error";
        response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + reason);
    }
}
