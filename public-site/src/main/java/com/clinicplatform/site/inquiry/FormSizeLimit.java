package com.clinicplatform.site.inquiry;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filled-in inquiry form is a few kilobytes; a request announcing far more is refused with 413 before anything
 * reads it. (Tomcat's own limit, {@code server.tomcat.max-http-form-post-size}, covers requests that do not say
 * their size.)
 */
@Configuration(proxyBeanMethods = false)
class FormSizeLimit {

    static final long MAX_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> inquirySizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (request.getMethod().equals("POST") && request.getContentLengthLong() > MAX_BYTES) {
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/inquiry");
        return registration;
    }
}
