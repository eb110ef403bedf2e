package org.kinship.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One message with its sender's handle. A deleted message has no body. */
public record MessageRow(long roomId, long seq, long rev, long senderId, String senderHandle, String clientKey,
                         String body, long createdAt, Long editedAt, Long deletedAt, String deletedByRole) {
    /**
     * Maps {@link MessageDao#COLUMNS} by name. Written by hand because every send reads this row: Jdbi's
     * constructor mapper matches columns to parameters again, with reflection, for every query.
     */
    public static final class Mapper implements RowMapper<MessageRow> {
        @Override
        public MessageRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MessageRow(rs.getLong("room_id"), rs.getLong("seq"), rs.getLong("rev"), rs.getLong("sender_id"),
                    rs.getString("sender_handle"), rs.getString("client_key"), rs.getString("body"),
                    rs.getLong("created_at"), Columns.nullableLong(rs, "edited_at"), Columns.nullableLong(rs, "deleted_at"),
                    rs.getString("deleted_by_role"));
        }
    }
}
