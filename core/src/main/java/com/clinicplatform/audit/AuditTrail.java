package com.clinicplatform.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every part of the platform writes what people did. An event joins the transaction of the change it records:
 * a change that rolls back leaves no event, and no change is committed without its event.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final String COLUMNS = """
            id, occurred_at, actor_id, actor_username, action, target_type, target_id, client_address,
            array(select key from jsonb_each_text(details) order by key) as detail_keys,
            array(select value from jsonb_each_text(details) order by key) as detail_values
            """;

    private final JdbcClient jdbc;
    private final ObjectProvider<CurrentActor> currentActor;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectProvider<CurrentActor> currentActor, Clock clock) {
        this.jdbc = jdbc;
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
                row.getObject("target_id", Long.class), row.getString("client_address"), Map.copyOf(details));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
