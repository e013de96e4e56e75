package com.clinicplatform.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.CurrentActor;

/**
 * Who acts in a test, for the audit trail and for signatures: the platform until the test says otherwise. A test class
 * {@code @Import}s {@link Configuration} and autowires this.
 */
public final class ActingPerson implements CurrentActor {

    private volatile Actor actor = Actor.PLATFORM;

    public void as(UserAccount account) {
        actor = new Actor(account.id(), account.username(), "192.0.2.10");
    }

    public void asPlatform() {
        actor = Actor.PLATFORM;
    }

    @Override
    public Actor get() {
        return actor;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        ActingPerson actingPerson() {
            return new ActingPerson();
        }
    }
}
