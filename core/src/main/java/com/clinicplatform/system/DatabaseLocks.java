package com.clinicplatform.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks that hold across every instance of both apps, because they live in the shared database: one instance
 * seeds or creates while the others wait and then find the work done.
 */
@Component
public class DatabaseLocks {

    private final JdbcClient jdbc;

    DatabaseLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the named lock and holds it until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUntilCommit(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:name))").param("name", name).query().singleRow();
    }
}
