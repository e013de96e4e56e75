package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.spring.security.RequestUtil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;

@SpringBootTest
class SessionsEndedElsewhereTest {

    @Autowired
    AccountService accounts;

    @Autowired
    RequestUtil vaadinRequests;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionEndsOnceItsPasswordChangesElsewhereWhileTheChangingSessionGoesOn() throws Exception {
        accounts.create(new NewAccount("olivia.ends", "Olivia", null, "first-password-123", Set.of(Role.STAFF), false));
        var filter = new SessionsEndedElsewhere(accounts, vaadinRequests, clock);
        var laptop = signedInSession(filter, "olivia.ends");
        var phone = signedInSession(filter, "olivia.ends");
        assertThat(pass(filter, laptop, page()).getStatus()).isEqualTo(200);

        accounts.changePassword("olivia.ends", "first-password-123", "second-password-456");
        var changing = new WrappedHttpSession(phone);
        SessionsEndedElsewhere.renew(changing, clock);

        var response = pass(filter, laptop, page());
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(pass(filter, phone, page()).getRedirectedUrl()).isNull();
        assertThat(phone.isInvalid()).isFalse();
    }

    @Test
    void theConsoleOwnRequestsGetAnAnswerVaadinUnderstands() throws Exception {
        accounts.create(new NewAccount("sam.ends", "Sam", null, "first-password-123", Set.of(Role.STAFF), false));
        var filter = new SessionsEndedElsewhere(accounts, vaadinRequests, clock);
        var session = signedInSession(filter, "sam.ends");
        accounts.changePassword("sam.ends", "first-password-123", "second-password-456");

        var uidl = page();
        uidl.setMethod("POST");
        uidl.setParameter("v-r", "uidl");
        var response = pass(filter, session, uidl);

        assertThat(response.getContentAsString()).contains("sessionExpired");
        assertThat(session.isInvalid()).isTrue();
    }

    /** A session as it stands after its first request following sign-in. */
    private MockHttpSession signedInSession(SessionsEndedElsewhere filter, String username) throws Exception {
        var session = new MockHttpSession();
        pass(filter, session, page(), username);
        // signed in a moment before anything that follows: the clock is not moved back, the session's time is
        session.setAttribute(SessionsEndedElsewhere.class.getName() + ".signedInAt", clock.instant().minusSeconds(60));
        return session;
    }

    private MockHttpServletResponse pass(SessionsEndedElsewhere filter, MockHttpSession session,
            MockHttpServletRequest request) throws Exception {
        return pass(filter, session, request, (String) session.getAttribute("test.username"));
    }

    private MockHttpServletResponse pass(SessionsEndedElsewhere filter, MockHttpSession session,
            MockHttpServletRequest request, String username) throws Exception {
        session.setAttribute("test.username", username);
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest page() {
        return new MockHttpServletRequest("GET", "/treatments");
    }
}
