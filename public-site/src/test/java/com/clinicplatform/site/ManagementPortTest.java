package com.clinicplatform.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import net.javacrumbs.shedlock.core.LockProvider;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePublicSiteLeavesTheOutboxsMailToTheConsole() {
        assertThat(context.containsBean("outboxDelivery")).isFalse();
        assertThat(context.getBeanNamesForType(LockProvider.class)).isEmpty();
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
        assertThat(get(managementPort, "/actuator/health/readiness")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("UP");
        });
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
    }

    @Test
    void readinessNeedsTheDatabaseWhileLivenessDoesNot() {
        var groups = context.getBean(HealthEndpointGroups.class);

        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void thePageCachesHitsAndMissesAreCountedForPrometheus() throws Exception {
        var before = counted("clinic_page_cache_requests_total{result=\"hit\"}");
        get(port, "/privacy");
        get(port, "/privacy");
        get(port, "/privacy");

        // the first may have rendered it (a miss) or found it kept already: the next two are hits
        assertThat(counted("clinic_page_cache_requests_total{result=\"hit\"}")).isGreaterThanOrEqualTo(before + 2);
        assertThat(get(managementPort, "/actuator/prometheus").body())
                .contains("clinic_page_cache_requests_total{result=\"miss\"}");
    }

    /** A counter's value as Prometheus reads it; 0 while it has not appeared yet. */
    private double counted(String series) throws Exception {
        return get(managementPort, "/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst().orElse(0);
    }

    @Test
    void aRealResponseSetsNoCookieAndCarriesSecurityHeaders() throws Exception {
        var response = get(port, "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void anAddressRefusedAsMalformedGetsTheSitesOwnPageEvenWhenJsonIsAskedFor() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/treatments/%2e%2e"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("We could not show that page").doesNotContain("Exception");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
