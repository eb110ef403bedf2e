package org.kinship.server.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.CaseStrategy;
import org.jdbi.v3.core.mapper.MapMappers;

/**
 * What Kinship holds about one person, section by section, for their export. Every query is keyed on the
 * person's own id and selects their own rows or rows they wrote; none reads another person's messages,
 * notes or staff-only details. Times come out as ISO-8601 UTC text; column aliases are the JSON names.
 */
public final class PersonalDataQueries {
    /** Map keys keep the aliases' case ("sentAt", not "sentat"). */
    private static final java.util.function.Consumer<MapMappers> KEEP_CASE = c -> c.setCaseChange(CaseStrategy.NOP);

    /** Section name to query; each query takes the person's id as {@code :me}. Order is the export's order. */
    static final Map<String, String> SECTIONS = sections();

    private PersonalDataQueries() {
    }

    private static String at(String column) {
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', " + column
                + " / 1000.0, 'unixepoch') END";
    }

    private static Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("profile", "SELECT real_name AS \"realName\", contact_note AS \"contactNote\", " + at("updated_at")
                + " AS \"updatedAt\" FROM user_private WHERE user_id = :me");
        s.put("memberships", "SELECT m.room_id AS \"roomId\", r.name AS \"roomName\", m.room_role AS \"role\", "
                + at("m.joined_at") + " AS \"joinedAt\", m.guidelines_accepted AS \"guidelinesAccepted\""
                + " FROM room_members m JOIN rooms r ON r.id = m.room_id WHERE m.user_id = :me ORDER BY m.room_id");
        s.put("sanctions", "SELECT kind, room_id AS \"roomId\", reason, " + at("created_at") + " AS \"createdAt\", "
                + at("expires_at") + " AS \"expiresAt\", " + at("lifted_at") + " AS \"liftedAt\""
                + " FROM sanctions WHERE user_id = :me ORDER BY id");
        s.put("roomMessages", "SELECT room_id AS \"roomId\", seq, body, " + at("created_at") + " AS \"sentAt\", "
                + at("edited_at") + " AS \"editedAt\", " + at("deleted_at") + " AS \"deletedAt\""
                + " FROM messages WHERE sender_id = :me ORDER BY room_id, seq");
        s.put("conversations", "SELECT c.id, c.kind, " + at("c.created_at") + " AS \"createdAt\","
                + " (SELECT u.handle FROM users u WHERE u.id = CASE WHEN c.user_a = :me THEN c.user_b ELSE c.user_a END)"
                + " AS \"withHandle\" FROM conversations c WHERE c.user_a = :me OR c.user_b = :me ORDER BY c.id");
        s.put("conversationMessages", "SELECT conversation_id AS \"conversationId\", seq, body, " + at("created_at")
                + " AS \"sentAt\", " + at("edited_at") + " AS \"editedAt\", " + at("deleted_at") + " AS \"deletedAt\""
                + " FROM conversation_messages WHERE sender_id = :me ORDER BY conversation_id, seq");
        s.put("checkins", "SELECT day, mood, craving, note, " + at("recorded_at") + " AS \"recordedAt\""
                + " FROM checkins WHERE user_id = :me ORDER BY day");
        s.put("recoveryDate", "SELECT start_date AS \"startDate\", announce_milestones = 1 AS \"announceMilestones\""
                + " FROM recovery_dates WHERE user_id = :me");
        s.put("coachRequests", "SELECT note, " + at("requested_at") + " AS \"requestedAt\" FROM coach_requests"
                + " WHERE participant_id = :me");
        s.put("blocks", "SELECT u.handle, " + at("b.created_at") + " AS \"createdAt\" FROM blocks b JOIN users u"
                + " ON u.id = b.blocked_id WHERE b.blocker_id = :me ORDER BY b.created_at");
        s.put("reportsMade", "SELECT room_id AS \"roomId\", seq, category, note, status, " + at("created_at")
                + " AS \"createdAt\" FROM reports WHERE reporter_id = :me ORDER BY id");
        s.put("supportAlerts", "SELECT id, room_id AS \"roomId\", source, " + at("created_at") + " AS \"createdAt\", "
                + at("acknowledged_at") + " AS \"acknowledgedAt\", " + at("closed_at") + " AS \"closedAt\""
                + " FROM support_alerts WHERE user_id = :me ORDER BY id");
        s.put("sessions", "SELECT " + at("created_at") + " AS \"createdAt\", " + at("coalesce(last_seen_at, created_at)")
                + " AS \"lastSeenAt\", " + at("expires_at") + " AS \"expiresAt\", " + at("revoked_at")
                + " AS \"revokedAt\", agent FROM sessions WHERE user_id = :me ORDER BY created_at");
        return s;
    }

    /** The person's account as a map, or null when there is no such person. */
    public static Map<String, Object> account(Handle h, long me) {
        return h.createQuery("SELECT id, handle, org_role AS \"role\", " + at("created_at") + " AS \"createdAt\""
                        + " FROM users WHERE id = :me")
                .configure(MapMappers.class, KEEP_CASE).bind("me", me).mapToMap().findOne().map(PersonalDataQueries::withoutNulls).orElse(null);
    }

    /** Every section, in order, each a list of rows without null values. */
    public static Map<String, List<Map<String, Object>>> sectionsOf(Handle h, long me) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        SECTIONS.forEach((name, sql) -> out.put(name, h.createQuery(sql)
                .configure(MapMappers.class, KEEP_CASE).bind("me", me).mapToMap().stream()
                .map(PersonalDataQueries::withoutNulls).toList()));
        return out;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> row) {
        Map<String, Object> clean = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (v != null) {
                clean.put(k, v);
            }
        });
        return clean;
    }
}
