package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.spring.SpringServlet;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditFilter;
import com.clinicplatform.audit.AuditTrail;

/**
 * The console as a clinic deploys it: reached over HTTPS through a proxy that ends the TLS, its session cookie travels
 * over HTTPS only; the client's address is the one the trusted proxy forwarded; and an idle session ends after
 * {@code CLINIC_SESSION_IDLE_MINUTES}, even with a tab open (Vaadin's heartbeat would otherwise keep it alive).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.admin-base-url=https://console.clinic.example", "clinic.trusted-proxies=127.0.0.1",
                "CLINIC_SESSION_IDLE_MINUTES=7"})
class BehindAProxyTest {

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

    @Autowired
    AuditTrail audit;

    @Test
    @WithMockUser(roles = "ADMIN")  // for reading the trail; the request fails to sign in by itself
    void theAuditTrailAndTheSlowDownSeeTheClientTheProxyForwarded() throws Exception {
        var client = "203.0.113." + (1 + ThreadLocalRandom.current().nextInt(250));
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://console.clinic.example")
                        .header("X-Forwarded-For", "198.51.100.66, " + client)
                        .POST(HttpRequest.BodyPublishers.ofString("username=nobody-here&password=wrong"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        var failures = audit.page(new AuditFilter(AuditAction.SIGN_IN_FAILED, null, null, null, null, null), 0, 50);
        assertThat(failures).anySatisfy(event -> assertThat(event.clientAddress()).isEqualTo(client));
        assertThat(failures).noneSatisfy(event -> assertThat(event.clientAddress()).isEqualTo("198.51.100.66"));
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
