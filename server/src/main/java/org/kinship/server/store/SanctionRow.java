package org.kinship.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One row of {@code sanctions} with the person's handle. */
public record SanctionRow(long id, String kind, long roomId, long userId, String handle, String reason, long createdBy,
                          long createdAt, Long expiresAt, Long liftedAt) {
    /** Maps {@link SanctionDao#COLUMNS} by name; by hand, since every send looks for a mute (see {@link MessageRow.Mapper}). */
    public static final class Mapper implements RowMapper<SanctionRow> {
        @Override
        public SanctionRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new SanctionRow(rs.getLong("id"), rs.getString("kind"), rs.getLong("room_id"), rs.getLong("user_id"),
                    rs.getString("handle"), rs.getString("reason"), rs.getLong("created_by"), rs.getLong("created_at"),
                    Columns.nullableLong(rs, "expires_at"), Columns.nullableLong(rs, "lifted_at"));
        }
    }
}
