package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several instances starting at once, each in its own transaction and connection, as in production. */
@SpringBootTest
class FirstAdministratorRaceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheAdministrator() {
        jdbc.sql("delete from user_account where lower(username) = 'admin'").update();
    }

    @Test
    void ofInstancesStartingTogetherExactlyOneCreatesTheAdministrator() throws Exception {
        var start = new CountDownLatch(1);
        Callable<Boolean> instance = () -> {
            start.await();
            return accounts.ensureAdministrator("one-time-password", Optional.empty(), () -> { });
        };
        int created = 0;
        try (var executor = Executors.newFixedThreadPool(4)) {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 4; i++) {
                results.add(executor.submit(instance));
            }
            start.countDown();
            for (var result : results) {
                created += result.get() ? 1 : 0;
            }
        }
        assertThat(created).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from user_account where lower(username) = 'admin'")
                .query(Integer.class).single()).isEqualTo(1);
    }
}
