package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.vaadin.flow.spring.SpringServlet;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * The console's sessions as configured for a clinic: reached over HTTPS (a proxy in front ends the TLS), its session
 * cookie travels over HTTPS only; and an idle session ends after {@code CLINIC_SESSION_IDLE_MINUTES}, even with a tab
 * open (Vaadin's heartbeat would otherwise keep it alive).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.admin-base-url=https://console.clinic.example", "CLINIC_SESSION_IDLE_MINUTES=7"})
class SessionSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void anIdleSessionEndsAfterTheConfiguredMinutesWhateverTheHeartbeat() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(7);
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions())
                .as("the Vaadin servlet closes idle sessions").isTrue();
    }

    @Test
    void theSessionCookieIsSecure() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ConsoleHttpTest.sessionCookie(response)).containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }
}
