package org.kinship.server.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ChatMessage;
import org.kinship.protocol.DeleteMessage;
import org.kinship.protocol.EditMessage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.History;
import org.kinship.protocol.HistoryResult;
import org.kinship.protocol.MessageNew;
import org.kinship.protocol.MessageResult;
import org.kinship.protocol.MessageUpdated;
import org.kinship.protocol.SendMessage;
import org.kinship.server.Refused;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.room.RoomService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.RoomCounters;
import org.kinship.server.store.RoomDao;

/**
 * Sending, editing, deleting and paging messages. Every change is committed by the single writer
 * before it is acknowledged, and its event is published from the writer in commit order.
 */
public final class ChatService {
    public static final int MAX_BODY_CHARS = 4_000;
    public static final int MAX_CLIENT_KEY_CHARS = 64;
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 100;

    private final Db db;
    private final Fanout fanout;
    private final Clock clock;

    public ChatService(Db db, Fanout fanout, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.clock = clock;
    }

    /** Stores a message once per client key; a retry gets the stored message back and publishes nothing. */
    public CompletionStage<Outcome> send(Connection c, SendMessage request) {
        checkBody(request.body());
        String key = request.clientKey();
        if (key.isEmpty() || key.length() > MAX_CLIENT_KEY_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "clientKey is 1 to " + MAX_CLIENT_KEY_CHARS + " characters.");
        }
        record Sent(MessageRow row, boolean isNew) {
        }
        return db.write(h -> {
            RoomService.checkMember(h, request.roomId(), c.userId());
            MessageDao messages = h.attach(MessageDao.class);
            var earlier = messages.findByClientKey(request.roomId(), c.userId(), key);
            if (earlier.isPresent()) {
                return new Sent(earlier.get(), false);
            }
            RoomCounters next = h.attach(RoomDao.class).nextSeqAndRev(request.roomId());
            messages.insert(request.roomId(), next.lastSeq(), next.lastRev(), c.userId(), key, request.body(), clock.millis());
            return new Sent(messages.find(request.roomId(), next.lastSeq()).orElseThrow(), true);
        }, sent -> {
            if (sent.isNew()) {
                fanout.toRoom(request.roomId(), new MessageNew(toWire(sent.row())));
            }
        }).thenApply(sent -> Outcome.of(new MessageResult(toWire(sent.row()))));
    }

    public CompletionStage<Outcome> edit(Connection c, EditMessage request) {
        checkBody(request.body());
        return change(c, request.roomId(), request.seq(), (h, rev) ->
                h.attach(MessageDao.class).edit(request.body(), clock.millis(), rev, request.roomId(), request.seq()));
    }

    /** Deletes leave a tombstone: the row keeps its seq, loses its body. */
    public CompletionStage<Outcome> delete(Connection c, DeleteMessage request) {
        return change(c, request.roomId(), request.seq(), (h, rev) ->
                h.attach(MessageDao.class).delete(clock.millis(), c.userId(), rev, request.roomId(), request.seq()));
    }

    public CompletionStage<Outcome> history(Connection c, History request) {
        int limit = request.limit() == null ? DEFAULT_PAGE : request.limit();
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "limit is 1 to " + MAX_PAGE + ".");
        }
        long before = request.beforeSeq() == null ? Long.MAX_VALUE : request.beforeSeq();
        return db.read(h -> {
            RoomService.checkMember(h, request.roomId(), c.userId());
            return h.attach(MessageDao.class).pageBefore(request.roomId(), before, limit + 1);
        }).thenApply(rows -> {
            boolean hasMore = rows.size() > limit;
            var page = hasMore ? rows.subList(1, rows.size()) : rows;
            return Outcome.of(new HistoryResult(request.roomId(), page.stream().map(ChatService::toWire).toList(), hasMore));
        });
    }

    /** One change to an existing message of one's own, under a fresh rev. */
    private CompletionStage<Outcome> change(Connection c, long roomId, long seq, Change change) {
        return db.write(h -> {
            RoomService.checkMember(h, roomId, c.userId());
            MessageDao messages = h.attach(MessageDao.class);
            MessageRow row = messages.find(roomId, seq).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such message."));
            if (row.senderId() != c.userId()) {
                throw new Refused(ErrorCode.NOT_YOUR_MESSAGE);
            }
            if (row.deletedAt() != null) {
                throw new Refused(ErrorCode.MESSAGE_DELETED);
            }
            change.apply(h, h.attach(RoomDao.class).nextRev(roomId));
            return messages.find(roomId, seq).orElseThrow();
        }, row -> fanout.toRoom(roomId, new MessageUpdated(toWire(row))))
                .thenApply(row -> Outcome.of(new MessageResult(toWire(row))));
    }

    @FunctionalInterface
    private interface Change {
        void apply(Handle h, long rev);
    }

    private static void checkBody(String body) {
        if (body.isBlank()) {
            throw new Refused(ErrorCode.BODY_EMPTY);
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new Refused(ErrorCode.BODY_TOO_LONG, "A message can be at most " + MAX_BODY_CHARS + " characters.");
        }
    }

    public static ChatMessage toWire(MessageRow row) {
        return new ChatMessage(row.roomId(), row.seq(), row.rev(), row.senderId(), row.senderHandle(), row.clientKey(),
                row.body(), Instant.ofEpochMilli(row.createdAt()), instant(row.editedAt()), instant(row.deletedAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
