package org.kinship.bench.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The ceiling of SQLite on this disk for Kinship's sends: Kinship's own schema (copied from a database
 * the server made) and pragmas (WAL, synchronous=FULL, foreign keys, secure delete, its page cache and
 * checkpoint interval), and what a send needs at least: the row inserted, and its room's counters
 * counted in memory and written back once per room per commit (as Kinship's writer does since the
 * eleventh round; before, it bumped them with a statement per message), {@code batch} messages per
 * commit, from one thread, with nothing else. Prints {@code RESULT rows=.. seconds=.. commits=..}.
 * Usage: {@code JdbcCeiling SCHEMA_DB OUT_DB SECONDS BATCH ROOMS}.
 */
public final class JdbcCeiling {
    static final double WARM_UP_S = 1;
    static final String BODY = "t0 I made it to the meeting today, thank you all for being here.";

    private JdbcCeiling() {
    }

    public static void main(String[] args) throws Exception {
        Path schemaDb = Path.of(args[0]);
        Path outDb = Path.of(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int batch = Integer.parseInt(args[3]);
        int rooms = Integer.parseInt(args[4]);
        Files.deleteIfExists(outDb);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + outDb)) {
            prepare(db, schema(schemaDb), rooms);
            insertFor(db, WARM_UP_S, batch, rooms);
            long start = System.nanoTime();
            long[] done = insertFor(db, seconds, batch, rooms);
            double took = (System.nanoTime() - start) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "RESULT rows=%d seconds=%.3f commits=%d%n", done[0], took, done[1]);
        }
    }

    private static List<String> schema(Path schemaDb) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Connection src = DriverManager.getConnection("jdbc:sqlite:file:" + schemaDb + "?mode=ro");
             ResultSet rs = src.createStatement().executeQuery(
                     "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
                ddl.add(rs.getString(1));
            }
        }
        return ddl;
    }

    private static void prepare(Connection db, List<String> ddl, int rooms) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            // The rest of what Kinship's Database.open sets on every connection.
            s.execute("PRAGMA secure_delete=ON");
            s.execute("PRAGMA cache_size=-16384");
            s.execute("PRAGMA wal_autocheckpoint=10000");
            for (String statement : ddl) {
                s.execute(statement);
            }
            s.execute("INSERT INTO users (id, handle, password_hash, org_role, created_at) VALUES (1, 'sender', 'x', 'participant', 0)");
            for (int r = 1; r <= rooms; r++) {
                s.execute("INSERT INTO rooms (id, name, created_at) VALUES (" + r + ", 'room', 0)");
            }
        }
    }

    /**
     * Inserts for {@code seconds}; returns rows and commits. Like Kinship's writer, it keeps the rooms'
     * counters in memory and writes each moved room's back once before every commit.
     */
    private static long[] insertFor(Connection db, double seconds, int batch, int rooms) throws SQLException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long rows = 0;
        long commits = 0;
        long[] lastSeq = new long[rooms + 1];
        long[] lastRev = new long[rooms + 1];
        boolean[] moved = new boolean[rooms + 1];
        db.setAutoCommit(false);
        try (PreparedStatement read = db.prepareStatement("SELECT id, last_seq, last_rev FROM rooms WHERE id <= ?");
             PreparedStatement writeBack = db.prepareStatement("UPDATE rooms SET last_seq = ?, last_rev = ? WHERE id = ?");
             PreparedStatement insert = db.prepareStatement("INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, "
                     + "created_at) VALUES (?, ?, ?, 1, ?, ?, ?)")) {
            read.setLong(1, rooms);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    lastSeq[rs.getInt(1)] = rs.getLong(2);
                    lastRev[rs.getInt(1)] = rs.getLong(3);
                }
            }
            while (System.nanoTime() < end) {
                for (int i = 0; i < batch; i++, rows++) {
                    int room = (int) (rows % rooms + 1);
                    moved[room] = true;
                    insert.setLong(1, room);
                    insert.setLong(2, ++lastSeq[room]);
                    insert.setLong(3, ++lastRev[room]);
                    insert.setString(4, Long.toString(System.currentTimeMillis(), 36) + "-" + rows); // as the clients make them
                    insert.setString(5, BODY);
                    insert.setLong(6, System.currentTimeMillis());
                    insert.executeUpdate();
                }
                for (int room = 1; room <= rooms; room++) {
                    if (moved[room]) {
                        writeBack.setLong(1, lastSeq[room]);
                        writeBack.setLong(2, lastRev[room]);
                        writeBack.setLong(3, room);
                        writeBack.executeUpdate();
                        moved[room] = false;
                    }
                }
                db.commit();
                commits++;
            }
        }
        db.setAutoCommit(true);
        return new long[] {rows, commits};
    }
}
