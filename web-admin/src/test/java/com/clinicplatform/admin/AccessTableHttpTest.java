package com.clinicplatform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/**
 * The part of the access table that is not a view: what the console answers over HTTP before any view is chosen,
 * its static files, its health endpoint, and the slow-down of an address that keeps failing to sign in. The clock
 * stands still, so the slow-down's wait cannot run out while the test is looking at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClockConfiguration.class)
class AccessTableHttpTest {

    private static final Pattern CONSOLE_SCRIPT = Pattern.compile("src=\"/?(VAADIN/[^\"]+)\"");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MovableClock clock;

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();  // follows no redirect
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/inquiries", "/inquiries/INQ-1999-000001", "/patients", "/patients/1", "/outbox",
            "/treatments", "/treatments/1", "/conditions", "/conditions/1", "/clinic-profile", "/accounts",
            "/settings/publishing", "/audit", "/change-password", "/two-factor", "/sign-in/code", "/no-such-page"})
    void everyConsoleAddressSendsAVisitorWhoIsNotSignedInToTheSignInPage(String address) throws Exception {
        var response = get(port, address);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(redirectPath(response)).isEqualTo("/login");
    }

    @Test
    void theSignInPageAndWhatItLoadsOpenWithoutSigningIn() throws Exception {
        var page = get(port, "/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));

        var script = CONSOLE_SCRIPT.matcher(page.body());
        assertThat(script.find()).as("the sign-in page loads the console's script from /VAADIN/").isTrue();
        assertThat(get(port, "/" + script.group(1)).statusCode()).as(script.group(1)).isEqualTo(200);
        var favicon = get(port, "/favicon.svg");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.body()).contains("<svg");
    }

    @Test
    void healthIsServedOnTheManagementPortOnly() throws Exception {
        var management = get(managementPort, "/actuator/health");
        assertThat(management.statusCode()).isEqualTo(200);
        assertThat(management.body()).contains("\"status\":\"UP\"");

        var main = get(port, "/actuator/health");
        assertThat(main.statusCode()).isEqualTo(302);
        assertThat(redirectPath(main)).isEqualTo("/login");
    }

    @Test
    void anAddressThatKeepsFailingIsSlowedDownWhileOthersStillSignIn() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String decoy = "decoy." + run;
        String nurse = "nurse." + run;
        givenAccount(decoy);
        givenAccount(nurse);
        var guesser = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        var colleague = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

        // more than ADDRESS_FAILURES_BEFORE_SLOW_DOWN failures: wrong passwords for an account that exists (fewer than
        // its own lockout needs) and for names that do not
        for (int i = 0; i <= AccountService.ADDRESS_FAILURES_BEFORE_SLOW_DOWN; i++) {
            var username = i < AccountService.FAILURES_BEFORE_LOCKOUT - 1 ? decoy : "nobody." + run + "." + i;
            signIn(guesser, username, "not the password " + i)
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }

        signIn(guesser, nurse, password(nurse))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?slow-down"))
                .andExpect(unauthenticated());
        // however the address is spelt: the sign-in form reads it decoded, and so does the slow-down
        mvc.perform(post(URI.create("http://localhost/%6Cogin"))
                        .param("username", nurse).param("password", password(nurse))
                        .with(csrf()).with(from(guesser)))
                .andExpect(redirectedUrl("/login?slow-down"))
                .andExpect(unauthenticated());
        assertThat(accounts.findByUsername(nurse).orElseThrow().lastSignInAt()).isEmpty();
        assertThat(accounts.isLockedOut(accounts.findByUsername(nurse).orElseThrow())).isFalse();

        // once the wait is over, attempts sent at once are let through one per wait, not all together
        clock.advance(AccountService.ADDRESS_MAX_WAIT);
        signIn(guesser, nurse, password(nurse)).andExpect(authenticated().withUsername(nurse));
        signIn(guesser, nurse, password(nurse))
                .andExpect(redirectedUrl("/login?slow-down"))
                .andExpect(unauthenticated());

        signIn(colleague, nurse, password(nurse))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(nurse));
        assertThat(accounts.findByUsername(nurse).orElseThrow().lastSignInAt()).isPresent();
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String address, String username,
            String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void givenAccount(String username) {
        accounts.create(new NewAccount(username, "Slow " + username, null, password(username), Set.of(Role.STAFF),
                false));
    }

    private static String password(String username) {
        return "the right password of " + username;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String redirectPath(HttpResponse<String> response) {
        var location = response.headers().firstValue("Location").orElseThrow();
        return URI.create("http://localhost:" + port + "/").resolve(location).getPath();
    }
}
