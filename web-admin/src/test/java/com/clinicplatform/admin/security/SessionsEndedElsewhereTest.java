package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.server.WrappedHttpSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountAdministration;
import com.clinicplatform.account.AccountDetails;
import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;

/** Sessions of one account, as several browsers (on any console instance) hold them. */
@SpringBootTest
class SessionsEndedElsewhereTest {

    @Autowired
    AccountService accounts;

    @Autowired
    SessionsEndedElsewhere sessions;

    @Autowired
    AccountAdministration administration;

    @AfterEach
    void forgetWhoIsSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPasswordChangeEndsEverySessionButTheOneThatMadeIt() throws Exception {
        givenAccount("olivia.ends");
        var laptop = signIn("olivia.ends");
        var idleTablet = signIn("olivia.ends");  // signed in, then made no request at all
        var phone = signIn("olivia.ends");
        assertThat(request(laptop, "olivia.ends").getRedirectedUrl()).isNull();

        accounts.changePassword("olivia.ends", "first-password-123", "second-password-456");
        sessions.renew(new WrappedHttpSession(phone), "olivia.ends");

        assertThat(request(laptop, "olivia.ends").getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(request(idleTablet, "olivia.ends").getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(request(phone, "olivia.ends").getRedirectedUrl()).isNull();
        assertThat(phone.isInvalid()).isFalse();
    }

    @Test
    void aSignedInSessionWithoutAStampIsNotTrusted() throws Exception {
        givenAccount("nostamp.ends");
        var session = new MockHttpSession();

        assertThat(request(session, "nostamp.ends").getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    @WithMockUser(roles = "ADMIN")  // who disables the account (the sessions below are the account's own)
    void disablingAnAccountEndsItsSessionsDownloadsIncludedButNotItsStaticFiles() throws Exception {
        givenAccount("dora.disabled");
        var session = signIn("dora.disabled");
        var download = new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/1/abc/inquiries.csv");
        download.setRequestURI("/VAADIN/dynamic/resource/1/abc/inquiries.csv");
        var script = new MockHttpServletRequest("GET", "/VAADIN/build/bundle.js");
        script.setRequestURI("/VAADIN/build/bundle.js");

        administration.disable(accounts.findByUsername("dora.disabled").orElseThrow().id());

        var scriptAnswer = send(session, "dora.disabled", script);
        assertThat(scriptAnswer.getRedirectedUrl()).isNull();  // static: nothing about the account in it
        var downloadAnswer = send(session, "dora.disabled", download);
        assertThat(downloadAnswer.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRoleTakenAwayEndsTheSessionsThatHadIt() throws Exception {
        givenAccount("rory.demoted");
        var session = signIn("rory.demoted");
        var account = accounts.findByUsername("rory.demoted").orElseThrow();

        administration.update(account.id(), account.version(),
                new AccountDetails("rory.demoted", account.fullName(), null, Set.of(Role.EDITOR)));

        assertThat(request(session, "rory.demoted").getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void theConsoleOwnRequestsGetAnAnswerVaadinUnderstands() throws Exception {
        givenAccount("sam.ends");
        var session = signIn("sam.ends");
        accounts.changePassword("sam.ends", "first-password-123", "second-password-456");

        var uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        var response = send(session, "sam.ends", uidl);

        assertThat(response.getContentAsString()).contains("sessionExpired");
        assertThat(session.isInvalid()).isTrue();
    }

    private void givenAccount(String username) {
        accounts.create(new NewAccount(username, "Test Person", null, "first-password-123", Set.of(Role.STAFF), false));
    }

    /** What Spring Security does with a successful sign-in: the session gets its stamp. */
    private MockHttpSession signIn(String username) {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest("POST", "/login");
        request.setSession(session);
        sessions.onAuthentication(authenticated(username), request, new MockHttpServletResponse());
        return session;
    }

    private MockHttpServletResponse request(MockHttpSession session, String username) throws Exception {
        return send(session, username, new MockHttpServletRequest("GET", "/treatments"));
    }

    private MockHttpServletResponse send(MockHttpSession session, String username, MockHttpServletRequest request)
            throws Exception {
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(authenticated(username));
        var response = new MockHttpServletResponse();
        sessions.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static Authentication authenticated(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF"));
    }
}
