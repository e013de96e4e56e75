package com.clinicplatform.demo;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.system.DatabaseLocks;

/**
 * Seeds each named demo data set exactly once per database, under a lock, together with its marker: an existing
 * installation gains sets added later, and what staff changed in a set already seeded is never overwritten.
 */
@Service
public class DemoDataSets {

    private final JdbcClient jdbc;
    private final DatabaseLocks locks;
    private final Clock clock;

    DemoDataSets(JdbcClient jdbc, DatabaseLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    /** Runs {@code seeding} in this transaction unless the set was seeded before; says whether it ran. */
    @Transactional
    public boolean seedOnce(String set, Runnable seeding) {
        locks.lockUntilCommit("demo-data");
        if (isSeeded(set)) {
            return false;
        }
        seeding.run();
        jdbc.sql("insert into demo_data_set (name, seeded_at) values (:name, :now)")
                .param("name", set)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isSeeded(String set) {
        return jdbc.sql("select count(*) from demo_data_set where name = :name")
                .param("name", set).query(Integer.class).single() > 0;
    }
}
