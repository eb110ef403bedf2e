package org.kinship.server.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table access for messages. Pages come back ascending by seq. A send's own statements are in {@link SendStatements}. */
@RegisterRowMapper(MessageRow.Mapper.class)
public interface MessageDao {
    String COLUMNS = """
            m.room_id, m.seq, m.rev, m.sender_id, u.handle AS sender_handle, m.client_key,
            m.body, m.created_at, m.edited_at, m.deleted_at, m.deleted_by_role
            FROM messages m JOIN users u ON u.id = m.sender_id
            """;
    /**
     * Edited or deleted: the condition of the changed-by-rev indexes (V010) on room and conversation messages,
     * which a query must repeat word for word for SQLite to use them.
     */
    String CHANGED = "(m.edited_at IS NOT NULL OR m.deleted_at IS NOT NULL)";
    /** How many of a room's latest messages {@link #lastBySender} looks through. */
    int LOOK_BACK = 10_000;

    @SqlQuery("SELECT " + COLUMNS + " WHERE m.room_id = ? AND m.seq = ?")
    Optional<MessageRow> find(long roomId, long seq);

    @SqlUpdate("UPDATE messages SET body = ?, edited_at = ?, rev = ? WHERE room_id = ? AND seq = ?")
    void edit(String body, long editedAt, long rev, long roomId, long seq);

    /** Makes a tombstone; {@code byRole} is 'author' or 'leader'. */
    @SqlUpdate("""
            UPDATE messages SET body = NULL, deleted_at = ?, deleted_by = ?, deleted_by_role = ?, rev = ?, pinned_at = NULL
            WHERE room_id = ? AND seq = ?
            """)
    void delete(long deletedAt, long deletedBy, String byRole, long rev, long roomId, long seq);

    /** Seqs of one person's messages in a room since a time, not yet deleted (for a ban's purge), ascending. */
    default List<Long> seqsBySenderSince(long roomId, long senderId, long since) {
        try (Stream<Recent> newest = newestSince(roomId, since)) {
            List<Long> seqs = new ArrayList<>(newest.filter(m -> m.senderId() == senderId && m.deletedAt() == null)
                    .map(Recent::seq).toList());
            Collections.reverse(seqs);
            return seqs;
        }
    }

    /** One person's newest messages among the room's latest {@value #LOOK_BACK}, ascending. */
    @SqlQuery("SELECT * FROM (SELECT " + COLUMNS + " WHERE m.room_id = :roomId AND m.sender_id = :senderId"
            + " AND m.seq > (SELECT max(seq) FROM messages WHERE room_id = :roomId) - " + LOOK_BACK
            + " ORDER BY m.seq DESC LIMIT :limit) ORDER BY seq")
    List<MessageRow> lastBySender(long roomId, long senderId, int limit);

    /** Pins (keeping the first pin time if already pinned) or, with null, unpins. */
    @SqlUpdate("UPDATE messages SET pinned_at = CASE WHEN :pinnedAt IS NULL THEN NULL ELSE coalesce(pinned_at, :pinnedAt) END"
            + " WHERE room_id = :roomId AND seq = :seq")
    int setPinned(Long pinnedAt, long roomId, long seq);

    /** Pinned messages of every room, oldest pin first: (room_id, seq) pairs. */
    @SqlQuery("SELECT room_id, seq FROM messages WHERE pinned_at IS NOT NULL ORDER BY pinned_at")
    @RegisterConstructorMapper(Pin.class)
    List<Pin> allPins();

    /** Seqs of a room's pinned messages, oldest pin first. */
    @SqlQuery("SELECT seq FROM messages WHERE room_id = ? AND pinned_at IS NOT NULL ORDER BY pinned_at")
    List<Long> pinsOf(long roomId);

    /** One pinned message. */
    record Pin(long roomId, long seq) {
    }

    /** When the person last posted in the room, if at or after {@code since}: for slow mode. */
    default Optional<Long> lastSentSince(long roomId, long senderId, long since) {
        try (Stream<Recent> newest = newestSince(roomId, since)) {
            return newest.filter(m -> m.senderId() == senderId).findFirst().map(Recent::createdAt);
        }
    }

    /**
     * A room's messages from the newest back to {@code since}. No index leads with (room, sender), as every
     * send would write to it (V011), so lookups by person walk back from the room's newest message, read
     * lazily, and stop at a time: seq order is time order, since the one writer stamps each message as it
     * stores it. Close the stream.
     */
    default Stream<Recent> newestSince(long roomId, long since) {
        return newestFirst(roomId).takeWhile(m -> m.createdAt() >= since);
    }

    @SqlQuery("SELECT seq, sender_id, created_at, deleted_at FROM messages WHERE room_id = ? ORDER BY seq DESC")
    @RegisterConstructorMapper(Recent.class)
    Stream<Recent> newestFirst(long roomId);

    /** What the walk back through a room reads of each message. */
    record Recent(long seq, long senderId, long createdAt, Long deletedAt) {
    }

    /** The messages from {@code fromSeq} to {@code toSeq}, ascending. */
    @SqlQuery("SELECT " + COLUMNS + " WHERE m.room_id = ? AND m.seq BETWEEN ? AND ? ORDER BY m.seq")
    List<MessageRow> range(long roomId, long fromSeq, long toSeq);

    /** The newest {@code limit} messages below {@code beforeSeq}, returned ascending. */
    @SqlQuery("SELECT * FROM (SELECT " + COLUMNS + """
             WHERE m.room_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?) ORDER BY seq
            """)
    List<MessageRow> pageBefore(long roomId, long beforeSeq, int limit);

    /** Messages after a seq, ascending, at most {@code limit}. */
    @SqlQuery("SELECT " + COLUMNS + " WHERE m.room_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?")
    List<MessageRow> after(long roomId, long afterSeq, int limit);

    /** Messages at or below {@code maxSeq} edited or deleted after {@code afterRev}, ascending by seq, at most {@code limit}. */
    @SqlQuery("SELECT * FROM (SELECT " + COLUMNS + " WHERE m.room_id = ? AND m.rev > ? AND m.seq <= ? AND " + CHANGED
            + " ORDER BY m.rev LIMIT ?) ORDER BY seq")
    List<MessageRow> changedSince(long roomId, long afterRev, long maxSeq, int limit);
}
