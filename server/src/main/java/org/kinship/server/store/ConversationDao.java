package org.kinship.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Table access for private conversations, their messages and read receipts. Every query about messages
 * takes the lowest seq the reader may see ({@code fromSeq}), so a coach never reads past their window.
 */
@RegisterConstructorMapper(ConversationRow.class)
@RegisterConstructorMapper(ConversationMessageRow.class)
@RegisterRowMapper(RoomCounters.Mapper.class)
public interface ConversationDao {
    String MESSAGE_COLUMNS = """
            m.conversation_id, m.seq, m.rev, m.sender_id, u.handle AS sender_handle, m.client_key,
            m.body, m.created_at, m.edited_at, m.deleted_at
            FROM conversation_messages m JOIN users u ON u.id = m.sender_id
            """;

    @SqlQuery("SELECT * FROM conversations WHERE id = ?")
    Optional<ConversationRow> find(long id);

    @SqlQuery("SELECT * FROM conversations WHERE kind = 'coaching' AND user_a = ?")
    Optional<ConversationRow> coachingOf(long participantId);

    /** The direct conversation of a pair, lower id first. */
    @SqlQuery("SELECT * FROM conversations WHERE kind = 'direct' AND user_a = ? AND user_b = ?")
    Optional<ConversationRow> direct(long lowerId, long higherId);

    @SqlQuery("INSERT INTO conversations (kind, user_a, user_b, created_at) VALUES (?, ?, ?, ?) RETURNING id")
    long insert(String kind, long userA, Long userB, long createdAt);

    /** Every conversation the person is one of the two people in: direct ones, their own coaching, and those they coach now. */
    @SqlQuery("""
            SELECT * FROM conversations WHERE (kind = 'direct' AND (user_a = :userId OR user_b = :userId))
                OR (kind = 'coaching' AND user_a = :userId)
                OR (kind = 'coaching' AND user_a IN
                    (SELECT participant_id FROM coach_assignments WHERE coach_id = :userId AND ended_at IS NULL))
            """)
    List<ConversationRow> of(long userId);

    /** Takes the conversation's next seq and rev for a new message. */
    @SqlQuery("UPDATE conversations SET last_seq = last_seq + 1, last_rev = last_rev + 1 WHERE id = ? RETURNING last_seq, last_rev")
    RoomCounters nextSeqAndRev(long conversationId);

    /** Takes the conversation's next rev for an edit or delete. */
    @SqlQuery("UPDATE conversations SET last_rev = last_rev + 1 WHERE id = ? RETURNING last_rev")
    long nextRev(long conversationId);

    @SqlUpdate("""
            INSERT INTO conversation_messages (conversation_id, seq, rev, sender_id, client_key, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    void insertMessage(long conversationId, long seq, long rev, long senderId, String clientKey, String body, long createdAt);

    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " WHERE m.conversation_id = ? AND m.sender_id = ? AND m.client_key = ?")
    Optional<ConversationMessageRow> findByClientKey(long conversationId, long senderId, String clientKey);

    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " WHERE m.conversation_id = ? AND m.seq = ?")
    Optional<ConversationMessageRow> findMessage(long conversationId, long seq);

    @SqlUpdate("UPDATE conversation_messages SET body = ?, edited_at = ?, rev = ? WHERE conversation_id = ? AND seq = ?")
    void edit(String body, long editedAt, long rev, long conversationId, long seq);

    @SqlUpdate("UPDATE conversation_messages SET body = NULL, deleted_at = ?, rev = ? WHERE conversation_id = ? AND seq = ?")
    void delete(long deletedAt, long rev, long conversationId, long seq);

    /** The newest {@code limit} messages from {@code fromSeq} up to below {@code beforeSeq}, ascending. */
    @SqlQuery("SELECT * FROM (SELECT " + MESSAGE_COLUMNS + """
             WHERE m.conversation_id = ? AND m.seq >= ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?) ORDER BY seq
            """)
    List<ConversationMessageRow> pageBefore(long conversationId, long fromSeq, long beforeSeq, int limit);

    /** Messages after a seq, ascending, at most {@code limit}. */
    @SqlQuery("SELECT " + MESSAGE_COLUMNS + " WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?")
    List<ConversationMessageRow> after(long conversationId, long afterSeq, int limit);

    /** Messages from {@code fromSeq} to {@code maxSeq} edited or deleted after {@code afterRev}, ascending by seq. */
    @SqlQuery("SELECT * FROM (SELECT " + MESSAGE_COLUMNS + " WHERE m.conversation_id = ? AND m.rev > ? AND m.seq BETWEEN ? AND ? AND "
            + MessageDao.CHANGED + " ORDER BY m.rev LIMIT ?) ORDER BY seq")
    List<ConversationMessageRow> changedSince(long conversationId, long afterRev, long fromSeq, long maxSeq, int limit);

    /** Messages from others after {@code afterSeq}, not deleted: what the person has not read. */
    @SqlQuery("""
            SELECT count(*) FROM conversation_messages
            WHERE conversation_id = ? AND sender_id != ? AND seq > ? AND deleted_at IS NULL
            """)
    int unread(long conversationId, long readerId, long afterSeq);

    @SqlQuery("SELECT max(created_at) FROM conversation_messages WHERE conversation_id = ? AND seq >= ?")
    Optional<Long> lastMessageAt(long conversationId, long fromSeq);

    @SqlQuery("SELECT read_seq FROM conversation_reads WHERE conversation_id = ? AND user_id = ?")
    Optional<Long> readSeq(long conversationId, long userId);

    /** Moves a read receipt forward, never back; 1 when it moved. */
    @SqlUpdate("""
            INSERT INTO conversation_reads (conversation_id, user_id, read_seq) VALUES (:conversationId, :userId, :seq)
            ON CONFLICT (conversation_id, user_id) DO UPDATE SET read_seq = excluded.read_seq
            WHERE excluded.read_seq > conversation_reads.read_seq
            """)
    int markRead(long conversationId, long userId, long seq);
}
