package org.kinship.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each connection's prepared statements, keyed by their SQL, instead of preparing and closing one
 * per call: SQLite compiles every statement anew otherwise, and the writer runs the same dozen for every
 * message. One builder per connection, and connections are thread-confined, so no locking. Statements
 * asking for generated keys are left to the default, since their shape depends on the call.
 */
final class CachingStatementBuilder extends DefaultStatementBuilder {
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(connection, sql, ctx);
        }
        PreparedStatement statement = prepared.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = super.create(connection, sql, ctx);
            prepared.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (prepared.get(sql) != statement) {
            super.close(connection, sql, statement);
        }
    }

    @Override
    public void close(Connection connection) {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closing anyway
            }
        }
        prepared.clear();
    }
}
