package com.clinicplatform.site.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Security headers on every page, and forwarded headers believed only from the configured proxy. */
@SpringBootTest(properties = {"clinic.page-cache.enabled=false", "clinic.trusted-proxies=10.0.0.0/8"})
@AutoConfigureMockMvc
class ForwardedHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
                        containsString("script-src 'self'"), containsString("style-src 'self'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void httpsFromATrustedProxyGetsHsts() throws Exception {
        mvc.perform(get("/").with(from("10.1.2.3")).header("X-Forwarded-Proto", "https"))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void theClientIsTheLastAddressNoTrustedProxyWrote() throws Exception {
        // the client at 203.0.113.7 wrote "198.51.100.1" itself; our proxies 10.0.0.9 and 10.0.0.5 each appended
        // the address they saw
        mvc.perform(get("/client-address").with(from("10.0.0.5"))
                        .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7, 10.0.0.9"))
                .andExpect(content().string("203.0.113.7"));
        mvc.perform(get("/client-address").with(from("203.0.113.9")).header("X-Forwarded-For", "198.51.100.1"))
                .andExpect(content().string("203.0.113.9"));
    }

    /** Shows the address the application sees, as the inquiry form's rate limit will. */
    @TestConfiguration
    static class ClientAddressEndpoint {

        @RestController
        static class ClientAddress {

            @GetMapping("/client-address")
            String clientAddress(HttpServletRequest request) {
                return request.getRemoteAddr();
            }
        }
    }

    @Test
    void anyoneElseCannotClaimHttps() throws Exception {
        mvc.perform(get("/").with(from("203.0.113.9"))
                        .header("X-Forwarded-Proto", "https").header("Forwarded", "proto=https"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
