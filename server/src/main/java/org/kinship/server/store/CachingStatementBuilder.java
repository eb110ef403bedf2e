package org.kinship.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each connection's prepared statements, keyed by their SQL, instead of preparing and closing one
 * per call: SQLite compiles every statement anew otherwise, and the writer runs the same dozen for every
 * message. One builder per connection, and connections are thread-confined, so no locking. Statements
 * asking for generated keys are left to the default, since their shape depends on the call.
 * Jdbi creates a statement from the parsed SQL but closes it with the SQL as written (with
 * {@code :named} parameters, the two differ), so whether a statement is cached is known by identity.
 */
final class CachingStatementBuilder extends DefaultStatementBuilder {
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Set<Statement> cached = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return super.create(connection, sql, ctx);
        }
        PreparedStatement statement = prepared.get(sql);
        if (statement != null && isReusable(statement)) {
            return statement;
        }
        statement = super.create(connection, sql, ctx);
        PreparedStatement replaced = prepared.put(sql, statement);
        if (replaced != null) {
            cached.remove(replaced);
            quietlyClose(replaced);
        }
        cached.add(statement);
        return statement;
    }

    /**
     * Clears the statement's parameters for its next use. The driver frees a query's native statement when
     * it fails (a full disk, say) without marking it closed; clearing it then fails, and it is prepared anew.
     */
    private static boolean isReusable(PreparedStatement statement) {
        try {
            if (statement.isClosed()) {
                return false;
            }
            statement.clearParameters();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void quietlyClose(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // already unusable; it is being replaced
        }
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (!cached.contains(statement)) {
            super.close(connection, sql, statement);
        }
    }

    @Override
    public void close(Connection connection) {
        prepared.values().forEach(CachingStatementBuilder::quietlyClose); // the connection is closing anyway
        prepared.clear();
        cached.clear();
    }
}
