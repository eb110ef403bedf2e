package org.kinship.server.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the server's database file, for arranging rows no request makes yet and for inspecting what is stored. */
final class Sql implements AutoCloseable {
    private final Connection connection;

    Sql(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        connection.createStatement().execute("PRAGMA busy_timeout = 5000");
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        }
    }

    long number(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    List<String> strings(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Rows as "a|b|c" strings. */
    List<String> rows(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rs = statement.executeQuery()) {
            List<String> out = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
