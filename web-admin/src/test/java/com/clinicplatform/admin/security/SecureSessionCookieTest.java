package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A console reached over HTTPS (a proxy in front ends the TLS): its session cookie travels over HTTPS only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinic.admin-base-url=https://console.clinic.example")
class SecureSessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecure() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ConsoleHttpTest.sessionCookie(response)).containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }
}
