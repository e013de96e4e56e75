package com.clinicplatform.site.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may use the public site: anyone may read its pages (GET and HEAD); every other request is refused until a
 * feature opens it explicitly. Nothing here creates a session or sets a cookie.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Everything the site loads comes from the site itself; no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The site uses none of the browser's powerful features, so none may be used in it. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * The rule covers the management port too: health and metrics are read with GET there, on loopback by default
     * and never on the public port.
     */
    @Bean
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // the inquiry form brings its own protection: a signed form token and an Origin check
                        .requestMatchers(HttpMethod.POST, "/inquiry").permitAll()
                        .anyRequest().denyAll())
                // every other method is refused for what it is: not allowed here, only reading is
                .exceptionHandling(refusal -> refusal.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("Allow", "GET, HEAD");
                    response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // the one form checks its own signed, cookie-free token (InquiryController)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // HSTS (Spring Security's default) is sent on HTTPS requests only, as the standard asks
                        // pages are public and the same for everyone: the site decides how they are cached
                        .cacheControl(cache -> cache.disable()))
                .build();
    }
}
