package org.kinship.server.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ConversationCursor;
import org.kinship.protocol.ConversationResume;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.Replies;
import org.kinship.protocol.Resume;
import org.kinship.protocol.ResumeResult;
import org.kinship.protocol.RoomCursor;
import org.kinship.protocol.RoomResume;
import org.kinship.server.Refused;
import org.kinship.server.coaching.ConversationResumes;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;

/**
 * Catch-up and subscription in one step. It runs on the writer, between commits: the backlog it reads
 * ends exactly where the next published event begins, the reply goes out before the subscription
 * starts, and so a client sees every message once, in order, whatever was sent meanwhile.
 */
public final class ResumeService {
    /** Most messages (and most changes) returned per room; beyond that the reply reports a gap. */
    public static final int MAX_RESUME_MESSAGES = 500;
    /** Most rooms in one resume request. */
    public static final int MAX_RESUME_ROOMS = 100;

    private final Db db;
    private final ConnectionRegistry connections;

    public ResumeService(Db db, ConnectionRegistry connections) {
        this.db = db;
        this.connections = connections;
    }

    public CompletionStage<Outcome> resume(Connection c, Resume request) {
        checkCursors(request.rooms());
        List<ConversationCursor> conversations = request.conversations();
        if (conversations != null) {
            ConversationResumes.checkCursors(conversations);
        }
        return db.write(h -> {
            List<RoomResume> rooms = new ArrayList<>();
            for (RoomCursor cursor : request.rooms()) {
                RoomAccess.require(h, Resume.class, c.principal(), cursor.roomId());
                RoomRow room = Daos.of(h, RoomDao.class).find(cursor.roomId(), c.userId()).orElseThrow();
                rooms.add(catchUp(Daos.of(h, MessageDao.class), room, cursor));
            }
            List<ConversationResume> caughtUp = conversations == null ? null
                    : conversations.stream().map(cursor -> ConversationResumes.catchUp(h, c.principal(), cursor)).toList();
            return new ResumeResult(rooms, caughtUp);
        }, result -> {
            c.send(Replies.ok(request.id(), result));
            result.rooms().forEach(room -> connections.subscribe(room.roomId(), c));
        }).thenApply(result -> Outcome.alreadyReplied());
    }

    private static RoomResume catchUp(MessageDao messages, RoomRow room, RoomCursor cursor) {
        long afterSeq = Math.min(cursor.afterSeq(), room.lastSeq());
        if (room.lastSeq() - afterSeq > MAX_RESUME_MESSAGES) {
            return gap(room);
        }
        var missed = messages.after(room.id(), afterSeq, MAX_RESUME_MESSAGES);
        var changed = messages.changedSince(room.id(), cursor.afterRev(), afterSeq, MAX_RESUME_MESSAGES + 1);
        if (changed.size() > MAX_RESUME_MESSAGES) {
            return gap(room);
        }
        return new RoomResume(room.id(), room.lastSeq(), room.lastRev(), false,
                missed.stream().map(ChatService::toWire).toList(),
                changed.stream().map(ChatService::toWire).toList());
    }

    private static RoomResume gap(RoomRow room) {
        return new RoomResume(room.id(), room.lastSeq(), room.lastRev(), true, List.of(), List.of());
    }

    private static void checkCursors(List<RoomCursor> cursors) {
        if (cursors.size() > MAX_RESUME_ROOMS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Resume at most " + MAX_RESUME_ROOMS + " rooms at once.");
        }
        var seen = new HashSet<Long>();
        for (RoomCursor cursor : cursors) {
            if (cursor.afterSeq() < 0 || cursor.afterRev() < 0 || !seen.add(cursor.roomId())) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "Each room once, with afterSeq and afterRev of 0 or more.");
            }
        }
    }
}
