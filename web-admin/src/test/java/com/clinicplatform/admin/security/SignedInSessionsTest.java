package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;

class SignedInSessionsTest {

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final SignedInSessions sessions = new SignedInSessions(registry);

    @Test
    void endsEverySessionOfTheAccountButTheOneKept() {
        var olivia = User.withUsername("olivia").password("x").roles("STAFF").build();
        var sam = User.withUsername("sam").password("x").roles("STAFF").build();
        registry.registerNewSession("laptop", olivia);
        registry.registerNewSession("phone", olivia);
        registry.registerNewSession("tablet", olivia);
        registry.registerNewSession("sams-laptop", sam);

        int ended = sessions.endAllBut(User.withUsername("olivia").password("y").build(), "laptop");

        assertThat(ended).isEqualTo(2);
        assertThat(registry.getSessionInformation("laptop").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("tablet").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("sams-laptop").isExpired()).isFalse();
    }
}
