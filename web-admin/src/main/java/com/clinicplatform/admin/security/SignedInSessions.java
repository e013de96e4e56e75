package com.clinicplatform.admin.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** The console sessions each account has open, across browsers and devices. */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of this account except the one given: the next request from any of them leads back to the
     * sign-in page.
     *
     * @return how many sessions were ended
     */
    public int endAllBut(Object principal, String keptSessionId) {
        int ended = 0;
        for (var session : registry.getAllSessions(principal, false)) {
            if (!session.getSessionId().equals(keptSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }
}
