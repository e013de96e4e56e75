package com.clinicplatform.audit;

import java.io.OutputStream;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.system.SpreadsheetCsv;

/**
 * Where every part of the platform writes what people did. An event joins the transaction of the change it records:
 * a change that rolls back leaves no event, and no change is committed without its event.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AuditRetention.class)
public class AuditTrail {

    private static final String COLUMNS = """
            id, occurred_at, actor_id, actor_username, action, target_type, target_id, client_address,
            array(select key from jsonb_each_text(details) order by key) as detail_keys,
            array(select value from jsonb_each_text(details) order by key) as detail_values
            """;

    /** How the audit log itself is named on the trail (its exports). */
    public static final String AUDIT_TARGET = "audit_log";
    static final int EXPORT_BATCH = 1_000;

    private final JdbcClient jdbc;
    private final ObjectProvider<CurrentActor> currentActor;
    private final ClinicProperties settings;
    private final AuditRetention retention;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectProvider<CurrentActor> currentActor, ClinicProperties settings,
            AuditRetention retention, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.retention = retention;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Records that whoever is acting now did {@code action} to the record {@code targetType}/{@code targetId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String targetType, Long targetId, Map<String, String> details) {
        record(actor(), action, targetType, targetId, details);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, String targetType, Long targetId,
            Map<String, String> details) {
        var keys = details.keySet().toArray(String[]::new);
        var values = details.values().toArray(String[]::new);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_username, action, target_type, target_id,
                                         client_address, details)
                values (:at, :actorId, :username, :action, :targetType, :targetId, :address,
                        case when cardinality(:keys::text[]) = 0 then null
                             else jsonb_object(:keys::text[], :values::text[]) end)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actorId", actor.accountId())
                .param("username", actor.username())
                .param("action", action.name())
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("address", actor.clientAddress())
                .param("keys", keys)
                .param("values", values)
                .update();
    }

    /** Records an event that belongs to no other change, such as a sign-in, in a transaction of its own. */
    @Transactional
    public void recordOnItsOwn(Actor actor, AuditAction action, String targetType, Long targetId,
            Map<String, String> details) {
        record(actor, action, targetType, targetId, details);
    }

    /** Whoever is acting in this request; the platform when nobody is. */
    public Actor actor() {
        var source = currentActor.getIfAvailable();
        return source == null ? Actor.PLATFORM : source.get();
    }

    /** Everything recorded about one record, oldest first. */
    public List<AuditEvent> history(String targetType, long targetId) {
        return jdbc.sql("select " + COLUMNS + """
                 from audit_event where target_type = :type and target_id = :id order by occurred_at, id
                """)
                .param("type", targetType).param("id", targetId)
                .query(AuditTrail::event).list();
    }

    /** One page of the events the filter lets through, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        var where = where(filter);
        return where.bind(jdbc.sql("select " + COLUMNS + " from audit_event" + where.sql()
                        + " order by occurred_at desc, id desc offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit)
                .query(AuditTrail::event).list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        var where = where(filter);
        return where.bind(jdbc.sql("select count(*) from audit_event" + where.sql())).query(Long.class).single();
    }

    /** Writes the events the filter lets through, newest first, as CSV; the export is itself an event. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int export(AuditFilter filter, OutputStream out) {
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(settings.timeZone());
        int rows = 0;
        try (var csv = new SpreadsheetCsv(out, "Time", "Who", "What", "Record", "Record id", "From address",
                "Details")) {
            for (int offset = 0;; offset += EXPORT_BATCH) {
                var batch = page(filter, offset, EXPORT_BATCH);
                for (var event : batch) {
                    csv.row(time.format(event.occurredAt()), event.actorLabel(), event.action().description(),
                            event.targetType(), event.targetId() == null ? "" : event.targetId().toString(),
                            event.clientAddress(), event.detailsText());
                    rows++;
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
        }
        record(AuditAction.AUDIT_LOG_EXPORTED, AUDIT_TARGET, null, Map.of("rows", Integer.toString(rows)));
        return rows;
    }

    /** The failed sign-ins from one client address since a moment: how many, and when the last was. */
    public FailedSignIns failedSignInsFrom(String clientAddress, Instant since) {
        return jdbc.sql("""
                select count(*) as failures, max(occurred_at) as last from audit_event
                 where action = 'SIGN_IN_FAILED' and client_address = :address and occurred_at > :since
                """)
                .param("address", clientAddress).param("since", Timestamp.from(since))
                .query((row, n) -> new FailedSignIns(row.getInt("failures"),
                        row.getTimestamp("last") == null ? null : row.getTimestamp("last").toInstant()))
                .single();
    }

    public record FailedSignIns(int count, Instant last) {
    }

    /**
     * Deletes the events older than {@link AuditRetention} ({@code CLINIC_AUDIT_RETENTION_YEARS}), the one deletion the
     * table allows: the setting names the
     * retention to the table's trigger, which refuses to delete anything younger, whatever this statement asks.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purgeExpired() {
        return purgeOlderThan(retention.auditRetentionYears());
    }

    /** {@link #purgeExpired} for a retention of the caller's choosing: for tests only, hence not public. */
    @Transactional
    int purgeOlderThan(int years) {
        jdbc.sql("select set_config('clinic.audit_retention_years', :years, true)")
                .param("years", Integer.toString(years)).query(String.class).single();
        // the cutoff is the database's, as the trigger's is: an app clock ahead of it would otherwise ask to delete
        // rows the trigger refuses, and the whole purge would fail
        int purged = jdbc.sql("delete from audit_event where occurred_at < now() - make_interval(years => :years)")
                .param("years", years).update();
        if (purged > 0) {
            record(Actor.PLATFORM, AuditAction.AUDIT_EVENTS_PURGED, AUDIT_TARGET, null,
                    Map.of("events", Integer.toString(purged), "years", Integer.toString(years)));
        }
        return purged;
    }

    private Where where(AuditFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.actor() != null) {
            conditions.add("lower(actor_username) = lower(:actor)");
            params.put("actor", filter.actor());
        }
        if (filter.targetType() != null) {
            conditions.add("target_type = :targetType");
            params.put("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            conditions.add("target_id = :targetId");
            params.put("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(settings.timeZone()).toInstant()));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", Timestamp.from(filter.until().plusDays(1).atStartOfDay(settings.timeZone())
                    .toInstant()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** A filter as SQL conditions, with the values bound as parameters (never pasted into the text). */
    private record Where(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        var keys = strings(row.getArray("detail_keys"));
        var values = strings(row.getArray("detail_values"));
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < keys.length; i++) {
            details.put(keys[i], values[i]);
        }
        return new AuditEvent(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                row.getObject("actor_id", Long.class), row.getString("actor_username"),
                AuditAction.valueOf(row.getString("action")), row.getString("target_type"),
                row.getObject("target_id", Long.class), row.getString("client_address"),
                Collections.unmodifiableMap(details));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
