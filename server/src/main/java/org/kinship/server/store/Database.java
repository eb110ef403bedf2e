package org.kinship.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite file with the pragmas durability depends on, checks them, and migrates the schema.
 * Every connection gets WAL, {@code synchronous=FULL} (a commit is on disk before it is acknowledged),
 * foreign keys and a busy timeout; writes use immediate transactions so they never deadlock on upgrade.
 */
public final class Database {
    /** How long a connection waits for a lock before failing, in milliseconds. */
    static final int BUSY_TIMEOUT_MS = 5_000;
    /** Page cache of each connection, in KiB. */
    static final int CACHE_KIB = 16 * 1024;
    /** WAL pages after which a commit copies the WAL back into the file. */
    static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;

    private final Jdbi jdbi;
    private final Path file;

    private Database(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
    }

    /** Opens (creating if needed) the database file, verifies it and runs pending migrations. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory for " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Inserts return their ids with RETURNING. Left on, the driver matched every statement it ran against
        // an INSERT pattern and followed each insert with a freshly prepared "SELECT last_insert_rowid()".
        config.setGetGeneratedKeys(false);
        // Deleted text is overwritten with zeros, so a purge or an erasure leaves nothing in the file.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // Busy rooms' index pages are written again at every commit; a 16 MiB page cache and a checkpoint
        // every 10,000 WAL pages (about 40 MiB) instead of 1,000 copy each such page to the file once per
        // many commits rather than once per one or two. Measured: 9,300 -> 14,700 messages/s in the bare
        // JDBC loop over 250 rooms (BENCHMARKS.md).
        config.setCacheSize(-CACHE_KIB);
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, Integer.toString(WAL_AUTOCHECKPOINT_PAGES));
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.setStatementBuilderFactory(connection -> new CachingStatementBuilder());
        Database database = new Database(file, jdbi);
        try (Handle handle = jdbi.open()) {
            checkPragmas(handle);
            checkIntegrity(handle);
            Migrations.migrate(handle);
        }
        return database;
    }

    public Path file() {
        return file;
    }

    /** Opens a new connection; the caller owns and closes it. Only {@link Db}'s threads call this. */
    Handle openHandle() {
        return jdbi.open();
    }

    private static void checkPragmas(Handle handle) {
        Map<String, String> expected = Map.of(
                "journal_mode", "wal",
                "synchronous", "2",
                "foreign_keys", "1",
                "secure_delete", "1",
                "busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        expected.forEach((pragma, want) -> {
            String got = handle.createQuery("PRAGMA " + pragma).mapTo(String.class).one();
            if (!want.equalsIgnoreCase(got)) {
                throw new StoreException("PRAGMA " + pragma + " is " + got + ", expected " + want);
            }
        });
    }

    private static void checkIntegrity(Handle handle) {
        String result = handle.createQuery("PRAGMA quick_check").mapTo(String.class).list().get(0);
        if (!"ok".equals(result)) {
            throw new StoreException("database failed its integrity check: " + result);
        }
    }
}
