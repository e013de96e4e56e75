package com.clinicplatform.admin.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorViewTest {

    @Test
    void recognisesADatabaseThatIsAwayWhereverItIsWrapped() {
        var failure = new IllegalStateException("navigation failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager"));

        assertThat(ErrorView.isDatabaseAway(failure)).isTrue();
    }

    @Test
    void otherFailuresAreNotBlamedOnTheDatabase() {
        assertThat(ErrorView.isDatabaseAway(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(ErrorView.isDatabaseAway(new IllegalArgumentException("bug"))).isFalse();
    }
}
