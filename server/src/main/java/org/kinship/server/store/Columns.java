package org.kinship.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads nullable numbers from a result set, for the row mappers written by hand. */
final class Columns {
    private Columns() {
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
