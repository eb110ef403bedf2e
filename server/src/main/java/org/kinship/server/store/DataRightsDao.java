package org.kinship.server.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Table access for the data rights: the retention purge and account erasure. Erasure finds every column
 * that references a person by asking SQLite for the foreign keys, so a table added later is covered
 * without a change here.
 */
@RegisterConstructorMapper(DataRightsDao.RoomRetention.class)
@RegisterConstructorMapper(DataRightsDao.UserColumn.class)
@RegisterConstructorMapper(DataRightsDao.MessageKey.class)
public interface DataRightsDao {
    /** A room whose messages expire, and after how many days. */
    record RoomRetention(long roomId, int days) {
    }

    /** Every room with a retention: its own, else the organisation's ({@code orgDays}, null for none). */
    @SqlQuery("""
            SELECT id AS room_id, coalesce(retention_days, :orgDays) AS days FROM rooms
            WHERE coalesce(retention_days, :orgDays) IS NOT NULL ORDER BY id
            """)
    List<RoomRetention> roomsWithRetention(Integer orgDays);

    /** Seqs of a room's messages sent before {@code before} that still hold text, oldest first. */
    @SqlQuery("SELECT seq FROM messages WHERE room_id = ? AND created_at < ? AND body IS NOT NULL ORDER BY seq LIMIT ?")
    List<Long> expiredSeqs(long roomId, long before, int limit);

    /** Turns a message into a bodiless tombstone under a fresh rev, with no one named as deleting it. */
    @SqlUpdate("""
            UPDATE messages SET body = NULL, deleted_at = ?, deleted_by = NULL, deleted_by_role = NULL, rev = ?, pinned_at = NULL
            WHERE room_id = ? AND seq = ?
            """)
    void expire(long deletedAt, long rev, long roomId, long seq);

    /** A table and one of its columns that references {@code users (id)}. */
    record UserColumn(String tableName, String columnName) {
    }

    @SqlQuery("""
            SELECT m.name AS table_name, f."from" AS column_name
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'users' ORDER BY m.name, f."from"
            """)
    List<UserColumn> userColumns();

    /** Deletes the rows of a table whose column names the person. Names come from {@link #userColumns}, never from a request. */
    @SqlUpdate("DELETE FROM <table> WHERE <column> = :userId")
    int deleteRows(@Define("table") String table, @Define("column") String column, long userId);

    /** Points a column that names the person at their "former member" row instead. */
    @SqlUpdate("UPDATE <table> SET <column> = :formerId WHERE <column> = :userId")
    int repoint(@Define("table") String table, @Define("column") String column, long formerId, long userId);

    /** A message of the person's, by room (or conversation) and seq. */
    record MessageKey(long roomId, long seq) {
    }

    @SqlQuery("SELECT room_id, seq FROM messages WHERE sender_id = ? ORDER BY room_id, seq")
    List<MessageKey> roomMessagesOf(long userId);

    /** Makes one of the person's room messages a bodiless tombstone of a former member, under a fresh rev. */
    @SqlUpdate("""
            UPDATE messages SET body = NULL, deleted_at = coalesce(deleted_at, :now),
                deleted_by_role = coalesce(deleted_by_role, 'author'), deleted_by = NULL, sender_id = :formerId,
                rev = :rev, pinned_at = NULL
            WHERE room_id = :roomId AND seq = :seq
            """)
    void eraseRoomMessage(long now, long formerId, long rev, long roomId, long seq);

    @SqlQuery("SELECT conversation_id AS room_id, seq FROM conversation_messages WHERE sender_id = ? ORDER BY conversation_id, seq")
    List<MessageKey> conversationMessagesOf(long userId);

    @SqlUpdate("""
            UPDATE conversation_messages SET body = NULL, deleted_at = coalesce(deleted_at, :now), sender_id = :formerId, rev = :rev
            WHERE conversation_id = :conversationId AND seq = :seq
            """)
    void eraseConversationMessage(long now, long formerId, long rev, long conversationId, long seq);

    /** A direct conversation keeps user_a below user_b: the former member's row is the newest, so it goes second. */
    @SqlUpdate("UPDATE conversations SET user_a = user_b, user_b = ? WHERE kind = 'direct' AND user_a = ?")
    int repointDirectFirst(long formerId, long userId);

    /** The stand-in that keeps a former member's places: cannot sign in, holds no personal data. */
    @SqlQuery("""
            INSERT INTO users (handle, password_hash, org_role, created_at, disabled_at) VALUES (?, '!', 'participant', ?, ?)
            RETURNING id
            """)
    long insertFormerMember(String provisionalHandle, long now, long disabledAt);

    @SqlUpdate("UPDATE users SET handle = ? WHERE id = ?")
    void renameUser(String handle, long userId);

    @SqlUpdate("DELETE FROM users WHERE id = ?")
    int deleteUser(long userId);

    @SqlQuery("SELECT count(*) FROM users WHERE org_role = 'admin' AND disabled_at IS NULL AND id != ?")
    int otherActiveAdmins(long userId);
}
