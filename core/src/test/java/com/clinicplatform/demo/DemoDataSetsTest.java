package com.clinicplatform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class DemoDataSetsTest {

    @Autowired
    DemoDataSets sets;

    @Test
    void eachSetIsSeededOnce() {
        var runs = new AtomicInteger();

        assertThat(sets.seedOnce("treatments", runs::incrementAndGet)).isTrue();
        assertThat(sets.seedOnce("treatments", runs::incrementAndGet)).isFalse();
        assertThat(sets.seedOnce("accounts", runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
        assertThat(sets.isSeeded("treatments")).isTrue();
        assertThat(sets.isSeeded("conditions")).isFalse();
    }
}
