package org.kinship.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.kinship.protocol.SanctionKind;

/**
 * The statements every room message runs (on the writer; the room read also for typing), in plain JDBC
 * on statements prepared once per connection, rather than as Jdbi SQL Objects like every other
 * statement. Why: measured on the 2-core
 * box, Jdbi's per-call machinery (a proxy call, a statement context with its own config, arguments and
 * the result type found by reflection) cost 10 to 60 µs per statement, several times the statement
 * itself, and the single writer ran five of these per message. Same SQL, same row mappers, except that
 * the client-key check and the insert return only what is not known already: sqlite-jdbc reads every
 * column's name and decodes every text it returns, which was a large part of the writer's time. Like a
 * DAO, it holds SQL, plus, on the writer, what room messages read and never change ({@link SendMemo}) and
 * the counters they take ({@link SendCounters}).
 * Connections are thread-confined, so there is no locking beyond the lookup.
 */
public final class SendStatements {
    private static final Map<Handle, SendStatements> ATTACHED = Collections.synchronizedMap(new WeakHashMap<>());

    /** {@link RoomDao#find}, with its named parameters numbered for JDBC: ?1 the person, ?2 the room. */
    static final String ROOM_FOR_PERSON = "SELECT " + RoomDao.ROOM_COLUMNS.replace(":userId", "?1") + " FROM rooms r WHERE r.id = ?2";
    /** Only the seq: a retry then reads its row with {@link #FIND_BY_SEQ}. */
    static final String SEQ_BY_CLIENT_KEY = "SELECT seq FROM messages WHERE room_id = ? AND sender_id = ? AND client_key = ?";
    static final String FIND_BY_SEQ = "SELECT " + MessageDao.COLUMNS + " WHERE m.room_id = ? AND m.seq = ?";
    static final String MUTE_OR_BAN_IN_FORCE = "SELECT " + SanctionDao.COLUMNS + """
             WHERE s.room_id = ? AND s.user_id = ? AND s.kind = ? AND s.lifted_at IS NULL
                AND (s.expires_at IS NULL OR s.expires_at > ?)
            ORDER BY s.id DESC LIMIT 1
            """;
    /** For {@link SendCounters}: the counters as the rooms table holds them, and writing them back. */
    static final String COUNTERS_OF = "SELECT last_seq, last_rev FROM rooms WHERE id = ?";
    static final String SET_COUNTERS = "UPDATE rooms SET last_seq = ?, last_rev = ? WHERE id = ?";
    /**
     * Stores a new message unless its sender already stored one under its client key (a retry): then it
     * stores and returns nothing. The insert checks that key anyway, so a new message needs no lookup.
     */
    static final String INSERT = """
            INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (client_key, room_id, sender_id) DO NOTHING
            RETURNING room_id, seq, rev, sender_id,
                (SELECT u.handle FROM users u WHERE u.id = messages.sender_id) AS sender_handle,
                client_key, body, created_at, edited_at, deleted_at, deleted_by_role
            """;
    /**
     * {@link #INSERT} returning nothing: a new row is what was bound, with its edit and delete columns null,
     * and the sender's handle is read apart (and remembered). Used when the texts round-trip through
     * SQLite unchanged (see {@link #storedAsGiven}).
     */
    static final String INSERT_NEW = """
            INSERT INTO messages (room_id, seq, rev, sender_id, client_key, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (client_key, room_id, sender_id) DO NOTHING
            """;
    static final String HANDLE = "SELECT handle FROM users WHERE id = ?";

    private static final RoomRow.Mapper ROOM = new RoomRow.Mapper();
    private static final MessageRow.Mapper MESSAGE = new MessageRow.Mapper();
    private static final SanctionRow.Mapper SANCTION = new SanctionRow.Mapper();
    private static final RoomCounters.Mapper COUNTERS = new RoomCounters.Mapper();
    private static final RowMapper<Long> FIRST_LONG = (rs, ctx) -> rs.getLong(1);
    private static final RowMapper<String> FIRST_STRING = (rs, ctx) -> rs.getString(1);

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** What sends read but never change, while the writer runs sends; null otherwise (and on read connections). */
    private SendMemo memo;
    /** The counters sends take, while the writer runs sends; null exactly when {@link #memo} is. */
    private SendCounters counters;

    private SendStatements(Connection connection) {
        this.connection = connection;
    }

    public static SendStatements of(Handle h) {
        return ATTACHED.computeIfAbsent(h, k -> new SendStatements(k.getConnection()));
    }

    /**
     * The writer calls this before each write, outside the write's savepoint: a room message's write may
     * use what earlier ones read ({@link SendMemo}) and counts on from the counters they took
     * ({@link SendCounters}); any other write may read or change either, so the counters are written
     * back first and both are dropped.
     */
    void beforeWrite(boolean roomMessage) {
        if (!roomMessage) {
            writeBackCounters();
            memo = null;
            counters = null;
            return;
        }
        if (memo == null) {
            memo = new SendMemo();
            counters = new SendCounters();
        }
        counters.startWrite();
    }

    /** The write in progress was rolled back to its savepoint: the counters it took are given back. */
    void rolledBack() {
        if (counters != null) {
            counters.giveBack();
        }
    }

    /** The writer calls this just before it commits: the rooms table takes the counters sends moved. */
    void beforeCommit() {
        writeBackCounters();
    }

    private void writeBackCounters() {
        if (counters != null) {
            counters.writeBack((roomId, taken) -> update(SET_COUNTERS, taken.lastSeq(), taken.lastRev(), roomId));
        }
    }

    /**
     * A room as this person sees it (their role, their guidelines acceptance), if the room exists. During a
     * room message's write its counters may be older than the row's ({@link SendCounters}).
     */
    public Optional<RoomRow> roomFor(long roomId, long userId) {
        Supplier<Optional<RoomRow>> read = () -> one(ROOM_FOR_PERSON, ROOM, userId, roomId);
        return memo == null ? read.get() : memo.room(roomId, userId, read);
    }

    /** The message a person already sent to a room under this client key, if any. */
    public Optional<MessageRow> findByClientKey(long roomId, long senderId, String clientKey) {
        Optional<Long> seq = one(SEQ_BY_CLIENT_KEY, FIRST_LONG, roomId, senderId, clientKey);
        return seq.isEmpty() ? Optional.empty() : one(FIND_BY_SEQ, MESSAGE, roomId, seq.get());
    }

    /** The newest mute or ban ({@code kind}) in force on a person in a room: not lifted, not past its time. */
    public Optional<SanctionRow> inForce(long roomId, long userId, String kind, long now) {
        if (memo != null && SanctionKind.MUTE.wireName().equals(kind)) {
            return memo.mute(roomId, userId, now, () -> one(MUTE_OR_BAN_IN_FORCE, SANCTION, roomId, userId, kind, now));
        }
        return one(MUTE_OR_BAN_IN_FORCE, SANCTION, roomId, userId, kind, now);
    }

    /**
     * Stores a new message under its room's next seq and rev, and returns it as {@link MessageDao#find}
     * would; or, when its sender already stored one under this client key (a retry), stores nothing, takes
     * no seq and returns empty. Only on the writer, in a room message's write.
     */
    public Optional<MessageRow> insertUnlessSent(long roomId, long senderId, String clientKey, String body, long createdAt) {
        if (counters == null) {
            throw new IllegalStateException("room messages are stored only in a room message's write on the writer");
        }
        RoomCounters next = counters.next(roomId, () -> one(COUNTERS_OF, COUNTERS, roomId).orElseThrow());
        Optional<MessageRow> row = insert(roomId, next.lastSeq(), next.lastRev(), senderId, clientKey, body, createdAt);
        if (row.isEmpty()) {
            counters.giveBack();
        }
        return row;
    }

    private Optional<MessageRow> insert(long roomId, long seq, long rev, long senderId, String clientKey, String body,
                                        long createdAt) {
        if (!storedAsGiven(clientKey) || !storedAsGiven(body)) {
            return one(INSERT, MESSAGE, roomId, seq, rev, senderId, clientKey, body, createdAt);
        }
        String senderHandle = memo.handle(senderId, () -> one(HANDLE, FIRST_STRING, senderId).orElseThrow());
        if (update(INSERT_NEW, roomId, seq, rev, senderId, clientKey, body, createdAt) == 0) {
            return Optional.empty();
        }
        return Optional.of(new MessageRow(roomId, seq, rev, senderId, senderHandle, clientKey, body, createdAt, null, null, null));
    }

    /**
     * Whether SQLite gives this text back exactly as bound: well-formed UTF-16 (a lone surrogate does not
     * survive the driver's UTF-8) without NUL characters. Other texts take the statement that returns the
     * stored row, so a reply always carries what was committed.
     */
    static boolean storedAsGiven(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 0) {
                return false;
            }
            if (Character.isSurrogate(ch)) {
                if (!Character.isHighSurrogate(ch) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        PreparedStatement statement = null;
        try {
            statement = bound(sql, args);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            // The driver may have freed the native statement (a full disk, say): prepare it anew next time.
            forget(sql, statement);
            throw new StatementFailedException(sql, e);
        }
    }

    private int update(String sql, Object... args) {
        PreparedStatement statement = null;
        try {
            statement = bound(sql, args);
            return statement.executeUpdate();
        } catch (SQLException e) {
            forget(sql, statement);
            throw new StatementFailedException(sql, e);
        }
    }

    private PreparedStatement bound(String sql, Object... args) throws SQLException {
        PreparedStatement statement = statement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    private void forget(String sql, PreparedStatement statement) {
        prepared.remove(sql);
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // unusable already; it is being replaced
            }
        }
    }

    /** A statement failed; the driver's exception (with SQLite's result code) is the cause. */
    public static final class StatementFailedException extends RuntimeException {
        StatementFailedException(String sql, SQLException cause) {
            super(cause.getMessage() + " [statement: " + sql.strip().lines().findFirst().orElse("") + " ...]", cause);
        }
    }
}
