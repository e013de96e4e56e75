package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditFilter;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.system.ClinicMetrics;

/** The console as a browser meets it over HTTP: headers, the sign-in form, the management port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleHttpTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSignInPageCarriesTheSecurityHeaders() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(port, "/login")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
        var cookie = sessionCookie(send(HttpRequest.newBuilder(uri(port, "/login")).build()));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    /** The session cookie the response sets; the test fails when there is none. */
    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedHoweverTheAddressIsSpelt() throws Exception {
        for (var path : new String[] {"/login", "/l%6Fgin", "/%6Cogin", "/login/"}) {
            var response = send(HttpRequest.newBuilder(uri(port, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "https://elsewhere.example")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=whatever"))
                    .build());

            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aSignInFromThisSiteIsCheckedAsUsual() throws Exception {
        var response = send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=wrong"))
                .build());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")  // for reading the trail in this test; the requests sign in (or fail) themselves
    void failedSignInsAreOnTheAuditTrailWithoutWhatWasTypedForAnUnknownAccount() throws Exception {
        double countedBefore = meters.counter(ClinicMetrics.SIGN_IN_FAILURES).count();
        for (var body : new String[] {"username=admin&password=wrong", "username=MySecret123&password=oops"}) {
            send(HttpRequest.newBuilder(uri(port, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://localhost:" + port)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        var failures = audit.page(new AuditFilter(AuditAction.SIGN_IN_FAILED, null, null, null, null, null), 0, 10);
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(failures).anySatisfy(event -> {
            assertThat(event.actorUsername()).isEqualTo("admin");
            assertThat(event.targetId()).isEqualTo(admin.id());
            assertThat(event.clientAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(failures).anySatisfy(event -> {
            assertThat(event.actorUsername()).isNull();
            assertThat(event.details()).containsEntry("account", "unknown");
        });
        assertThat(failures).noneSatisfy(event -> assertThat(event.toString()).contains("MySecret123"));
        // and counted for Prometheus, which alerts on a burst of them
        assertThat(meters.counter(ClinicMetrics.SIGN_IN_FAILURES).count()).isEqualTo(countedBefore + 2);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefusedAlike() throws Exception {
        if (!accounts.exists("locked.nurse")) {
            accounts.create(new NewAccount("locked.nurse", "Locked Nurse", null, "the right long password",
                    Set.of(Role.STAFF), false));
        }
        for (int i = 0; i < AccountService.FAILURES_BEFORE_LOCKOUT; i++) {
            assertThat(signIn("locked.nurse", "a wrong password").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        var refused = signIn("locked.nurse", "the right long password");

        // the same answer as a wrong password: the page does not tell whether the account exists or is locked
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(audit.page(new AuditFilter(AuditAction.ACCOUNT_LOCKED_OUT, null, null, null, null, null), 0, 5))
                .anySatisfy(event -> assertThat(event.actorUsername()).isEqualTo("locked.nurse"));
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + password.replace(' ', '+')))
                .build());
    }

    @Test
    void healthAnswersOnTheManagementPortOnly() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri(managementPort, "/actuator/health/liveness")).build()).statusCode())
                .isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri(port, "/actuator/health")).build()).statusCode())
                .isNotEqualTo(200);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
