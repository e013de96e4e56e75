package com.clinicplatform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit table's trigger, against the real database: rows are never updated or truncated, and deleted only when
 * older than the retention the deleting transaction names. Not one test transaction: a refused statement aborts the
 * transaction it ran in, so each statement here runs in its own. The table is shared with other tests, so each test
 * names its rows by a target type of its own.
 */
@SpringBootTest
class AuditRetentionTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private String targetType;

    @BeforeEach
    void ownTargetType() {
        targetType = "rt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void noRowIsEverUpdated() {
        long id = insertYearsAgo(7);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'PATIENT_VIEWED' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        // not even by a transaction that named a retention
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            retention("6");
            jdbc.sql("update audit_event set target_id = 1 where id = :id").param("id", id).update();
        })).isInstanceOf(DataAccessException.class);

        assertThat(action(id)).contains("SIGN_IN_FAILED");
        assertThat(jdbc.sql("select target_id is null from audit_event where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theTableIsNeverTruncated() {
        long id = insertYearsAgo(7);

        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class);

        assertThat(action(id)).isPresent();
    }

    @Test
    void aPlainDeleteIsRefusedHoweverOldTheRow() {
        long old = insertYearsAgo(7);
        long recent = insertYearsAgo(5);

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", old).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where target_type = :type")
                .param("type", targetType).update()).isInstanceOf(DataAccessException.class);

        assertThat(action(old)).isPresent();
        assertThat(action(recent)).isPresent();
    }

    @Test
    void thePurgeDeletesOnlyWhatIsPastTheRetentionAndSaysSo() {
        long old = insertYearsAgo(7);
        long recent = insertYearsAgo(5);
        long lastBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();

        int purged = audit.purgeExpired();  // CLINIC_AUDIT_RETENTION_YEARS: 6 by default

        assertThat(purged).isPositive();
        assertThat(action(old)).isEmpty();
        assertThat(action(recent)).isPresent();
        var recorded = jdbc.sql("""
                select details ->> 'events' as events, details ->> 'years' as years, actor_id, target_type
                  from audit_event where action = 'AUDIT_EVENTS_PURGED' and id > :last
                """).param("last", lastBefore)
                .query((row, n) -> new String[] {row.getString("events"), row.getString("years"),
                        row.getString("actor_id"), row.getString("target_type")})
                .list();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst()).containsExactly(Integer.toString(purged), "6", null, AuditTrail.AUDIT_TARGET);
    }

    @Test
    void aPurgeWithNothingPastTheRetentionDeletesAndRecordsNothing() {
        long recent = insertYearsAgo(5);
        long lastBefore = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();

        // nothing in this database is 50 years old
        assertThat(audit.purgeOlderThan(50)).isZero();

        assertThat(action(recent)).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_event where id > :last").param("last", lastBefore)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRetentionNamedByTheTransactionStillProtectsYoungerRows() {
        long recent = insertYearsAgo(5);
        long old = insertYearsAgo(7);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            retention("6");
            jdbc.sql("delete from audit_event where id = :id").param("id", recent).update();
        })).isInstanceOf(DataAccessException.class);
        // a retention under a year is no retention
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            retention("0");
            jdbc.sql("delete from audit_event where id = :id").param("id", old).update();
        })).isInstanceOf(DataAccessException.class);

        assertThat(action(recent)).isPresent();
        assertThat(action(old)).isPresent();

        // while with a retention of six years the old row may go
        transactions.executeWithoutResult(status -> {
            retention("6");
            assertThat(jdbc.sql("delete from audit_event where id = :id").param("id", old).update()).isEqualTo(1);
        });
        assertThat(action(old)).isEmpty();
    }

    /** Inserts a row of this test's own, {@code years} before the database's now; returns its id. */
    private long insertYearsAgo(int years) {
        return jdbc.sql("""
                insert into audit_event (occurred_at, action, target_type, client_address)
                values (now() - make_interval(years => :years), 'SIGN_IN_FAILED', :type, '192.0.2.99')
                returning id
                """).param("years", years).param("type", targetType).query(Long.class).single();
    }

    private void retention(String years) {
        jdbc.sql("select set_config('clinic.audit_retention_years', :years, true)").param("years", years)
                .query(String.class).single();
    }

    private Optional<String> action(long id) {
        return jdbc.sql("select action from audit_event where id = :id and target_type = :type").param("id", id)
                .param("type", targetType).query(String.class).optional();
    }
}
