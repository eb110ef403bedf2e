package org.kinship.server.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ChatMessage;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.DeletedBy;
import org.kinship.protocol.RemoveMessage;
import org.kinship.protocol.Resource;
import org.kinship.protocol.SupportOffered;
import org.kinship.protocol.Report;
import org.kinship.protocol.ReportNew;
import org.kinship.protocol.WordRule;
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
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.moderation.ReportService;
import org.kinship.server.moderation.Sanctions;
import org.kinship.server.moderation.WordFilter;
import org.kinship.server.safety.ResourceService;
import org.kinship.server.safety.RiskPhraseService;
import org.kinship.server.safety.SupportService;
import org.kinship.server.session.Permissions;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;
import org.kinship.server.store.SendStatements;

/**
 * Sending, editing, deleting and paging messages. Every change is committed by the single writer
 * before it is acknowledged, and its event is published from the writer in commit order.
 */
public final class ChatService {
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 100;
    private static final String AUTHOR = "author";
    private static final String LEADER = "leader";

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    private final WordFilter words;
    private final RiskPhraseService risks;
    private final SupportService support;

    public ChatService(Db db, Fanout fanout, AuditLog audit, WordFilter words, RiskPhraseService risks, SupportService support,
                       Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.words = words;
        this.risks = risks;
        this.support = support;
        this.clock = clock;
    }

    /** Stores a message once per client key; a retry gets the stored message back and publishes nothing. */
    public CompletionStage<Outcome> send(Connection c, SendMessage request) {
        MessageRules.checkBody(request.body());
        String key = request.clientKey();
        MessageRules.checkClientKey(key);
        Optional<WordRule> hit = words.firstHit(request.body());
        Optional<String> risk = risks.match(request.body());
        record Sent(MessageRow row, boolean isNew, Report flag, List<Long> moderators, SupportService.Raised alert,
                    List<Resource> crisisLines) {
        }
        return db.writeRoomMessage(h -> {
            RoomRow room = RoomAccess.requireRoom(h, SendMessage.class, c.principal(), request.roomId());
            SendStatements statements = SendStatements.of(h);
            Supplier<Optional<Sent>> retry = () -> statements.findByClientKey(request.roomId(), c.userId(), key)
                    .map(earlier -> new Sent(earlier, false, null, List.of(), null, List.of()));
            try {
                PostingRules.checkMayPost(h, c.principal(), room, clock.millis());
                MessageRules.checkNotBlocked(hit);
            } catch (Refused refused) {
                // A retry of a message that was stored is answered with it, whatever has changed since.
                return retry.get().orElseThrow(() -> refused);
            }
            Optional<MessageRow> stored = statements.insertUnlessSent(request.roomId(), c.userId(), key, request.body(),
                    clock.millis());
            if (stored.isEmpty()) {
                return retry.get().orElseThrow();
            }
            MessageRow row = stored.get();
            Report flag = hit.isEmpty() ? null : ReportService.fileWordFlag(h, row, hit.get().word(), clock.millis());
            List<Long> moderators = flag == null ? List.of() : Daos.of(h, RoomDao.class).moderatorIds(request.roomId());
            // A risk phrase brings help, never a sanction: the message goes out as normal.
            SupportService.Raised alert = risk.isEmpty() ? null
                    : support.raise(h, c.userId(), request.roomId(), row.seq(), "risk_phrase", clock.millis());
            return new Sent(row, true, flag, moderators, alert, alert == null ? List.of() : ResourceService.crisisLines(h));
        }, sent -> {
            if (!sent.isNew()) {
                return;
            }
            fanout.toRoom(request.roomId(), new MessageNew(toWire(sent.row())));
            if (sent.flag() != null) {
                fanout.toPeople(sent.moderators(), Permissions.OVERSEERS, new ReportNew(sent.flag()));
            }
            if (sent.alert() != null) {
                fanout.toPeople(List.of(c.userId()), java.util.Set.of(), new SupportOffered(sent.crisisLines()));
                support.announce(sent.alert());
            }
        }).whenComplete((sent, error) -> {
            if (error != null && risk.isPresent()) {
                offerSupport(c, request.roomId(), null); // refused or not, the words still ask for help
            }
        }).thenApply(sent -> Outcome.of(new MessageResult(toWire(sent.row()))));
    }

    /** Raises a risk-phrase alert on its own and privately offers the crisis lines; for words that were not posted. */
    private void offerSupport(Connection c, long roomId, Long seq) {
        record Offer(SupportService.Raised alert, List<Resource> crisisLines) {
        }
        db.write(h -> new Offer(support.raise(h, c.userId(), roomId, seq, "risk_phrase", clock.millis()),
                ResourceService.crisisLines(h)), offer -> {
            fanout.toPeople(List.of(c.userId()), java.util.Set.of(), new SupportOffered(offer.crisisLines()));
            support.announce(offer.alert());
        });
    }

    public CompletionStage<Outcome> edit(Connection c, EditMessage request) {
        MessageRules.checkBody(request.body());
        Optional<String> risk = risks.match(request.body());
        if (risk.isPresent()) {
            offerSupport(c, request.roomId(), request.seq());
        }
        MessageRules.checkNotBlocked(words.firstHit(request.body()));
        return changeOwn(c, EditMessage.class, request.roomId(), request.seq(), (h, rev, room) -> {
            PostingRules.checkMayChange(h, c.principal(), room, clock.millis());
            Daos.of(h, MessageDao.class).edit(request.body(), clock.millis(), rev, request.roomId(), request.seq());
        });
    }

    /**
     * Deletes leave a tombstone: the row keeps its seq, loses its body. People can always take back what they
     * wrote, so no posting rule (mute, lock, archive) stands in the way.
     */
    public CompletionStage<Outcome> delete(Connection c, DeleteMessage request) {
        return changeOwn(c, DeleteMessage.class, request.roomId(), request.seq(), (h, rev, room) ->
                Daos.of(h, MessageDao.class).delete(clock.millis(), c.userId(), AUTHOR, rev, request.roomId(), request.seq()));
    }

    /** A moderator removes anyone's message: everyone sees a leader's tombstone; the reason goes to the audit trail. */
    public CompletionStage<Outcome> remove(Connection c, RemoveMessage request) {
        String reason = Sanctions.checkReason(request.reason());
        return db.write(h -> {
            RoomAccess.require(h, RemoveMessage.class, c.principal(), request.roomId());
            MessageRow row = findLive(h, request.roomId(), request.seq());
            removeByLeader(h, request.roomId(), request.seq(), c.userId(), clock.millis());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "message.removed",
                    row.senderId(), request.roomId(), "seq=" + request.seq() + " reason: " + reason));
            return Daos.of(h, MessageDao.class).find(request.roomId(), request.seq()).orElseThrow();
        }, row -> fanout.toRoom(request.roomId(), new MessageUpdated(toWire(row))))
                .thenApply(row -> Outcome.of(new MessageResult(toWire(row))));
    }

    /** Turns one message into a leader's tombstone under a fresh rev; for removals and a ban's purge. */
    public static void removeByLeader(Handle h, long roomId, long seq, long byUserId, long now) {
        long rev = Daos.of(h, RoomDao.class).nextRev(roomId);
        Daos.of(h, MessageDao.class).delete(now, byUserId, LEADER, rev, roomId, seq);
    }

    public CompletionStage<Outcome> history(Connection c, History request) {
        int limit = request.limit() == null ? DEFAULT_PAGE : request.limit();
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "limit is 1 to " + MAX_PAGE + ".");
        }
        long before = request.beforeSeq() == null ? Long.MAX_VALUE : request.beforeSeq();
        return db.read(h -> {
            RoomAccess.require(h, request.getClass(), c.principal(), request.roomId());
            return Daos.of(h, MessageDao.class).pageBefore(request.roomId(), before, limit + 1);
        }).thenApply(rows -> {
            boolean hasMore = rows.size() > limit;
            var page = hasMore ? rows.subList(1, rows.size()) : rows;
            return Outcome.of(new HistoryResult(request.roomId(), page.stream().map(ChatService::toWire).toList(), hasMore));
        });
    }

    /** One change to an existing message of one's own, under a fresh rev. */
    private CompletionStage<Outcome> changeOwn(Connection c, Class<? extends ClientMessage> type, long roomId, long seq,
                                               Change change) {
        return db.write(h -> {
            RoomRow room = RoomAccess.requireRoom(h, type, c.principal(), roomId);
            MessageRow row = findLive(h, roomId, seq);
            if (row.senderId() != c.userId()) {
                throw new Refused(ErrorCode.NOT_YOUR_MESSAGE);
            }
            change.apply(h, Daos.of(h, RoomDao.class).nextRev(roomId), room);
            return Daos.of(h, MessageDao.class).find(roomId, seq).orElseThrow();
        }, row -> fanout.toRoom(roomId, new MessageUpdated(toWire(row))))
                .thenApply(row -> Outcome.of(new MessageResult(toWire(row))));
    }

    private static MessageRow findLive(Handle h, long roomId, long seq) {
        MessageRow row = Daos.of(h, MessageDao.class).find(roomId, seq)
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such message."));
        if (row.deletedAt() != null) {
            throw new Refused(ErrorCode.MESSAGE_DELETED);
        }
        return row;
    }

    @FunctionalInterface
    private interface Change {
        void apply(Handle h, long rev, RoomRow room);
    }

    public static ChatMessage toWire(MessageRow row) {
        DeletedBy deletedBy = row.deletedByRole() == null ? null
                : LEADER.equals(row.deletedByRole()) ? DeletedBy.LEADER : DeletedBy.AUTHOR;
        return new ChatMessage(row.roomId(), row.seq(), row.rev(), row.senderId(), row.senderHandle(), row.clientKey(),
                row.body(), Instant.ofEpochMilli(row.createdAt()), instant(row.editedAt()), instant(row.deletedAt()), deletedBy);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
