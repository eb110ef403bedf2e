package org.kinship.server.coaching;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.Conversation;
import org.kinship.protocol.ConversationHistory;
import org.kinship.protocol.ConversationHistoryResult;
import org.kinship.protocol.ConversationKind;
import org.kinship.protocol.ConversationMessageNew;
import org.kinship.protocol.ConversationMessageResult;
import org.kinship.protocol.ConversationMessageUpdated;
import org.kinship.protocol.ConversationReceipt;
import org.kinship.protocol.ConversationResult;
import org.kinship.protocol.ConversationTyping;
import org.kinship.protocol.ConversationTypingEvent;
import org.kinship.protocol.ConversationsResult;
import org.kinship.protocol.DeleteConversationMessage;
import org.kinship.protocol.EditConversationMessage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListConversations;
import org.kinship.protocol.MarkConversationRead;
import org.kinship.protocol.OpenConversation;
import org.kinship.protocol.Resource;
import org.kinship.protocol.SendConversationMessage;
import org.kinship.protocol.SupportOffered;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.chat.ChatService;
import org.kinship.server.chat.MessageRules;
import org.kinship.server.coaching.ConversationAccess.Seat;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.moderation.WordFilter;
import org.kinship.server.safety.ResourceService;
import org.kinship.server.safety.RiskPhraseService;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.ConversationDao;
import org.kinship.server.store.ConversationMessageRow;
import org.kinship.server.store.ConversationRow;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RoomCounters;
import org.kinship.server.store.UserDao;

/**
 * Private conversations with the same guarantees as rooms: a gap-free seq, idempotent sends, commit
 * before acknowledgement, events in commit order, edits and deletes under a fresh rev. Events go to the
 * two people's connections only, and to a coach only for the part they may read.
 */
public final class ConversationService {
    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final WordFilter words;
    private final RiskPhraseService risks;
    private final Clock clock;

    public ConversationService(Db db, Fanout fanout, AuditLog audit, WordFilter words, RiskPhraseService risks, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.words = words;
        this.risks = risks;
        this.clock = clock;
    }

    public CompletionStage<Outcome> list(Connection c, ListConversations request) {
        return db.read(h -> ConversationViews.listFor(h, c.userId())).thenApply(list -> Outcome.of(new ConversationsResult(list)));
    }

    /** The conversation with one person: with one's coach or coachee, the coaching one; otherwise a direct one. */
    public CompletionStage<Outcome> open(Connection c, OpenConversation request) {
        long me = c.userId();
        long other = request.userId();
        if (other == me) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A conversation is with someone else.");
        }
        record Opened(Seat seat, Map<Long, List<Conversation>> changedLists) {
        }
        return db.write(h -> {
            Daos.of(h, UserDao.class).findById(other).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            Optional<ConversationRow> coaching = coachingBetween(h, me, other);
            if (coaching.isPresent()) {
                return new Opened(ConversationAccess.requireMember(h, c.principal(), coaching.get().id()), Map.of());
            }
            ConversationAccess.checkReachable(h, me, other);
            ConversationDao dao = Daos.of(h, ConversationDao.class);
            long low = Math.min(me, other);
            long high = Math.max(me, other);
            Optional<ConversationRow> existing = dao.direct(low, high);
            long id = existing.map(ConversationRow::id)
                    .orElseGet(() -> dao.insert(ConversationKind.DIRECT.wireName(), low, high, clock.millis()));
            return new Opened(ConversationAccess.requireMember(h, c.principal(), id),
                    existing.isPresent() ? Map.of() : ConversationViews.listsFor(h, List.of(other)));
        }, opened -> ConversationViews.publishLists(fanout, opened.changedLists())).thenCompose(opened -> db.read(h -> Outcome.of(new ConversationResult(ConversationViews.view(h, opened.seat())))));
    }

    /** Stores a message once per client key; a retry gets the stored message back and publishes nothing. */
    public CompletionStage<Outcome> send(Connection c, SendConversationMessage request) {
        MessageRules.checkBody(request.body());
        MessageRules.checkClientKey(request.clientKey());
        MessageRules.checkNotBlocked(words.firstHit(request.body()));
        boolean risky = risks.match(request.body()).isPresent();
        record Sent(ConversationMessageRow row, boolean isNew, List<Long> recipients, List<Resource> crisisLines) {
        }
        return db.write(h -> {
            Seat seat = ConversationAccess.requireWriter(h, c.principal(), request.conversationId());
            ConversationDao dao = Daos.of(h, ConversationDao.class);
            var earlier = dao.findByClientKey(request.conversationId(), c.userId(), request.clientKey());
            if (earlier.isPresent()) {
                return new Sent(earlier.get(), false, List.of(), List.of());
            }
            RoomCounters next = dao.nextSeqAndRev(request.conversationId());
            dao.insertMessage(request.conversationId(), next.lastSeq(), next.lastRev(), c.userId(), request.clientKey(),
                    request.body(), clock.millis());
            ConversationMessageRow row = dao.findMessage(request.conversationId(), next.lastSeq()).orElseThrow();
            // A risk phrase privately brings its writer the crisis lines; the other person reads the words themselves.
            return new Sent(row, true, seat.audience().readersOf(row.seq()), risky ? ResourceService.crisisLines(h) : List.of());
        }, sent -> {
            if (sent.isNew()) {
                fanout.toPeople(sent.recipients(), Set.of(), new ConversationMessageNew(ConversationViews.toWire(sent.row())));
                if (risky) {
                    fanout.toPeople(List.of(c.userId()), Set.of(), new SupportOffered(sent.crisisLines()));
                }
            }
        }).thenApply(sent -> Outcome.of(new ConversationMessageResult(ConversationViews.toWire(sent.row()))));
    }

    public CompletionStage<Outcome> edit(Connection c, EditConversationMessage request) {
        MessageRules.checkBody(request.body());
        MessageRules.checkNotBlocked(words.firstHit(request.body()));
        return changeOwn(c, request.conversationId(), request.seq(), true, (dao, rev) ->
                dao.edit(request.body(), clock.millis(), rev, request.conversationId(), request.seq()));
    }

    /** Deletes leave a tombstone; one's own words can always be taken back, even when one can no longer write. */
    public CompletionStage<Outcome> delete(Connection c, DeleteConversationMessage request) {
        return changeOwn(c, request.conversationId(), request.seq(), false, (dao, rev) ->
                dao.delete(clock.millis(), rev, request.conversationId(), request.seq()));
    }

    private CompletionStage<Outcome> changeOwn(Connection c, long conversationId, long seq, boolean needsWriter, Change change) {
        record Changed(ConversationMessageRow row, List<Long> recipients) {
        }
        return db.write(h -> {
            Seat seat = needsWriter ? ConversationAccess.requireWriter(h, c.principal(), conversationId)
                    : ConversationAccess.requireMember(h, c.principal(), conversationId);
            ConversationDao dao = Daos.of(h, ConversationDao.class);
            ConversationMessageRow row = dao.findMessage(conversationId, seq)
                    .filter(r -> r.seq() >= seat.fromSeq())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such message."));
            if (row.senderId() != c.userId()) {
                throw new Refused(ErrorCode.NOT_YOUR_MESSAGE);
            }
            if (row.deletedAt() != null) {
                throw new Refused(ErrorCode.MESSAGE_DELETED);
            }
            change.apply(dao, dao.nextRev(conversationId));
            return new Changed(dao.findMessage(conversationId, seq).orElseThrow(), seat.audience().readersOf(seq));
        }, changed -> fanout.toPeople(changed.recipients(), Set.of(),
                new ConversationMessageUpdated(ConversationViews.toWire(changed.row()))))
                .thenApply(changed -> Outcome.of(new ConversationMessageResult(ConversationViews.toWire(changed.row()))));
    }

    @FunctionalInterface
    private interface Change {
        void apply(ConversationDao dao, long rev);
    }

    /** A page of history. A supervisor's review is read-only and every one of its reads is an audit record. */
    public CompletionStage<Outcome> history(Connection c, ConversationHistory request) {
        int limit = request.limit() == null ? ChatService.DEFAULT_PAGE : request.limit();
        if (limit < 1 || limit > ChatService.MAX_PAGE) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "limit is 1 to " + ChatService.MAX_PAGE + ".");
        }
        long before = request.beforeSeq() == null ? Long.MAX_VALUE : request.beforeSeq();
        return db.read(h -> ConversationAccess.requireReader(h, c.principal(), request.conversationId()).reviewer())
                .thenCompose(reviewer -> reviewer
                        ? db.write(h -> page(h, c, request.conversationId(), before, limit, true))
                        : db.read(h -> page(h, c, request.conversationId(), before, limit, false)))
                .thenApply(Outcome::of);
    }

    private ConversationHistoryResult page(Handle h, Connection c, long conversationId, long before, int limit, boolean review) {
        Seat seat = ConversationAccess.requireReader(h, c.principal(), conversationId);
        if (review) {
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "coaching.reviewed",
                    seat.audience().conversation().userA(), null, "conversation=" + conversationId));
        }
        var rows = Daos.of(h, ConversationDao.class).pageBefore(conversationId, seat.fromSeq(), before, limit + 1);
        boolean hasMore = rows.size() > limit;
        var page = hasMore ? rows.subList(1, rows.size()) : rows;
        return new ConversationHistoryResult(conversationId, ConversationViews.toWire(page), hasMore);
    }

    /** Moves the sender's read receipt forward; both people's clients hear of it. */
    public CompletionStage<Outcome> markRead(Connection c, MarkConversationRead request) {
        if (request.seq() < 0) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "seq is 0 or more.");
        }
        record Read(Seat seat, long readSeq, boolean moved) {
        }
        return db.write(h -> {
            Seat seat = ConversationAccess.requireMember(h, c.principal(), request.conversationId());
            long readSeq = Math.min(request.seq(), seat.audience().conversation().lastSeq());
            boolean moved = Daos.of(h, ConversationDao.class).markRead(request.conversationId(), c.userId(), readSeq) == 1;
            return new Read(seat, readSeq, moved);
        }, read -> {
            if (read.moved()) {
                fanout.toPeople(read.seat().audience().readerIds(), Set.of(),
                        new ConversationReceipt(request.conversationId(), c.userId(), read.readSeq()));
            }
        }).thenCompose(read -> db.read(h -> Outcome.of(new ConversationResult(ConversationViews.view(h,
                ConversationAccess.requireMember(h, c.principal(), request.conversationId()))))));
    }

    public CompletionStage<Outcome> typing(Connection c, ConversationTyping request) {
        return db.read(h -> ConversationAccess.requireWriter(h, c.principal(), request.conversationId())).thenApply(seat -> {
            seat.audience().otherThan(c.userId()).ifPresent(other -> fanout.toPeople(List.of(other), Set.of(),
                    new ConversationTypingEvent(request.conversationId(), c.userId(), c.principal().handle())));
            return Outcome.empty();
        });
    }

    /** The coaching conversation of two people when one coaches the other now. */
    private static Optional<ConversationRow> coachingBetween(Handle h, long a, long b) {
        CoachingDao coaching = Daos.of(h, CoachingDao.class);
        ConversationDao conversations = Daos.of(h, ConversationDao.class);
        if (coaching.coaches(b, a)) {
            return conversations.coachingOf(a);
        }
        if (coaching.coaches(a, b)) {
            return conversations.coachingOf(b);
        }
        return Optional.empty();
    }
}
