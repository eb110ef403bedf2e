package org.kinship.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A room as seen by one person: {@code myRole} is their room role and {@code guidelinesAccepted} the
 * guidelines version they accepted (both null when not a member); {@code joinPending} says they asked to join.
 */
public record RoomRow(long id, String name, String topic, String visibility, long lastSeq, long lastRev, String myRole,
                      String guidelines, int guidelinesVersion, boolean locked, int slowModeSeconds, Long archivedAt,
                      Integer guidelinesAccepted, boolean joinPending, String unattended, Integer retentionDays) {
    public boolean joined() {
        return myRole != null;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** Maps {@link RoomDao#ROOM_COLUMNS} by name; by hand, since every send reads the room (see {@link MessageRow.Mapper}). */
    public static final class Mapper implements RowMapper<RoomRow> {
        @Override
        public RoomRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RoomRow(rs.getLong("id"), rs.getString("name"), rs.getString("topic"), rs.getString("visibility"),
                    rs.getLong("last_seq"), rs.getLong("last_rev"), rs.getString("my_role"), rs.getString("guidelines"),
                    rs.getInt("guidelines_version"), rs.getBoolean("locked"), rs.getInt("slow_mode_seconds"),
                    Columns.nullableLong(rs, "archived_at"), Columns.nullableInt(rs, "guidelines_accepted"),
                    rs.getBoolean("join_pending"), rs.getString("unattended"), Columns.nullableInt(rs, "retention_days"));
        }
    }
}
