package org.kinship.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An online backup: {@code VACUUM INTO} copies one consistent snapshot of the database into a new file
 * while the server keeps running (it is an ordinary read in WAL mode), and the copy is then checked
 * with a full integrity check before it is called good.
 */
public final class Backup {
    private Backup() {
    }

    /** What was written and whether it checked out. */
    public record Result(Path file, long bytes, String integrity) {
        public boolean ok() {
            return "ok".equals(integrity);
        }
    }

    public static Result copy(Path database, Path target) {
        if (Files.exists(target)) {
            throw new StoreException("backup target " + target + " already exists; choose a new file");
        }
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = source.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            statement.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("backup failed: " + e.getMessage(), e);
        }
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
             Statement statement = copy.createStatement();
             ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            check.next();
            return new Result(target, Files.size(target), check.getString(1));
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("backup written but could not be checked: " + e.getMessage(), e);
        }
    }
}
