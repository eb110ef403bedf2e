package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for the safety net: the resource directory, the duty roster, support alerts, risk phrases. */
@RegisterConstructorMapper(ResourceRow.class)
@RegisterConstructorMapper(DutyRow.class)
@RegisterConstructorMapper(SupportAlertRow.class)
public interface SafetyDao {
    @SqlQuery("SELECT * FROM resources ORDER BY category != 'crisis', position")
    List<ResourceRow> resources();

    @SqlUpdate("DELETE FROM resources")
    void deleteResources();

    @SqlUpdate("""
            INSERT INTO resources (category, name, phone, text_number, url, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    void insertResource(String category, String name, String phone, String textNumber, String url, String description,
                        int position);

    @SqlQuery("SELECT d.user_id, u.handle, d.on_since, d.note FROM on_duty d JOIN users u ON u.id = d.user_id ORDER BY d.on_since")
    List<DutyRow> onDuty();

    /** Comes on duty; already on duty, a new note replaces the old one and no note keeps it. */
    @SqlUpdate("INSERT INTO on_duty (user_id, on_since, note) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE"
            + " SET note = CASE WHEN excluded.note = '' THEN on_duty.note ELSE excluded.note END")
    void goOnDuty(long userId, long onSince, String note);

    @SqlUpdate("DELETE FROM on_duty WHERE user_id = ?")
    int goOffDuty(long userId);

    /** Whether anyone is on duty: what an unattended room's posting rule asks on every send. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM on_duty)")
    boolean anyoneOnDuty();

    String ALERT_COLUMNS = """
            a.id, a.user_id, u.handle, a.room_id, a.seq, a.source, a.created_at, ack.handle AS acknowledged_handle,
            a.acknowledged_at, a.escalated_at, a.closed_at, a.close_note
            FROM support_alerts a JOIN users u ON u.id = a.user_id LEFT JOIN users ack ON ack.id = a.acknowledged_by
            """;

    @SqlQuery("""
            INSERT INTO support_alerts (user_id, room_id, seq, source, created_at, escalated_at) VALUES (?, ?, ?, ?, ?, ?)
            RETURNING id
            """)
    long insertAlert(long userId, Long roomId, Long seq, String source, long createdAt, Long escalatedAt);

    @SqlQuery("SELECT " + ALERT_COLUMNS + " WHERE a.id = ?")
    Optional<SupportAlertRow> alert(long id);

    @SqlQuery("SELECT " + ALERT_COLUMNS + " WHERE (:openOnly = 0 OR a.closed_at IS NULL) ORDER BY a.id DESC LIMIT 200")
    List<SupportAlertRow> alerts(boolean openOnly);

    /** Open alerts nobody has acknowledged or escalated yet: the escalation queue's work at start-up. */
    @SqlQuery("SELECT " + ALERT_COLUMNS + " WHERE a.closed_at IS NULL AND a.acknowledged_at IS NULL AND a.escalated_at IS NULL")
    List<SupportAlertRow> waiting();

    @SqlUpdate("UPDATE support_alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL AND closed_at IS NULL")
    int acknowledge(long by, long at, long id);

    @SqlUpdate("UPDATE support_alerts SET escalated_at = ? WHERE id = ? AND acknowledged_at IS NULL AND escalated_at IS NULL AND closed_at IS NULL")
    int escalate(long at, long id);

    @SqlUpdate("UPDATE support_alerts SET closed_by = ?, closed_at = ?, close_note = ? WHERE id = ? AND closed_at IS NULL")
    int close(long by, long at, String note, long id);

    @SqlQuery("SELECT phrase FROM risk_phrases ORDER BY phrase")
    List<String> riskPhrases();

    @SqlUpdate("DELETE FROM risk_phrases")
    void deleteRiskPhrases();

    @SqlUpdate("INSERT INTO risk_phrases (phrase, created_by, created_at) VALUES (?, ?, ?)")
    void insertRiskPhrase(String phrase, long createdBy, long createdAt);
}
