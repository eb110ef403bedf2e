package org.kinship.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A room's counters right after they were taken. */
public record RoomCounters(long lastSeq, long lastRev) {
    /** Maps {@code last_seq, last_rev} by name; by hand, since every send takes them (see {@link MessageRow.Mapper}). */
    public static final class Mapper implements RowMapper<RoomCounters> {
        @Override
        public RoomCounters map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RoomCounters(rs.getLong("last_seq"), rs.getLong("last_rev"));
        }
    }
}
