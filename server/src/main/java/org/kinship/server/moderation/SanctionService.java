package org.kinship.server.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ApplySanction;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.LiftSanction;
import org.kinship.protocol.ListMySanctions;
import org.kinship.protocol.MySanctionsResult;
import org.kinship.protocol.ListSanctions;
import org.kinship.protocol.MemberLeft;
import org.kinship.protocol.MessageUpdated;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RoomRole;
import org.kinship.protocol.SanctionApplied;
import org.kinship.protocol.SanctionKind;
import org.kinship.protocol.SanctionLifted;
import org.kinship.protocol.SanctionResult;
import org.kinship.protocol.SanctionsResult;
import org.kinship.protocol.ServerMessage;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.schedule.ExpiryQueue;
import org.kinship.server.chat.ChatService;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.SanctionDao;
import org.kinship.server.store.SanctionRow;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * The sanction ladder: warning, mute, remove, ban; lifting; and expiry at the set time. Each step takes
 * effect in the same transaction as its audit record, and the person and the room's moderators are told.
 */
public final class SanctionService {
    /** Longest timed mute or ban: one year, in minutes. */
    public static final int MAX_MINUTES = 525_600;
    /** How far back a person's own sanctions are listed to them, in days. */
    public static final int OWN_HISTORY_DAYS = 30;
    /** Furthest back a ban's purge reaches: thirty days, in hours. */
    public static final int MAX_PURGE_HOURS = 720;

    private final Db db;
    private final Fanout fanout;
    private final ConnectionRegistry connections;
    private final AuditLog audit;
    private final Clock clock;
    private final ExpiryQueue expiries;

    public SanctionService(Db db, Fanout fanout, ConnectionRegistry connections, AuditLog audit, Clock clock,
                           ExpiryQueue expiries) {
        this.db = db;
        this.fanout = fanout;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
        this.expiries = expiries;
    }

    /** What a change did, for the steps after its commit. */
    private record Change(SanctionRow sanction, List<Long> moderators, boolean leftRoom, List<MessageRow> purged) {
    }

    public CompletionStage<Outcome> apply(Connection c, ApplySanction request) {
        String reason = Sanctions.checkReason(request.reason());
        checkParameters(request);
        return db.write(h -> {
            RoomAccess.require(h, ApplySanction.class, c.principal(), request.roomId());
            Optional<RoomRole> targetRole = checkTarget(h, c, request);
            long now = clock.millis();
            Long expiresAt = request.minutes() == null ? null : now + request.minutes() * 60_000L;
            boolean instant = request.kind() == SanctionKind.WARNING || request.kind() == SanctionKind.REMOVE;
            SanctionDao sanctions = Daos.of(h, SanctionDao.class);
            long id = sanctions.insert(request.kind().wireName(), request.roomId(), request.userId(), reason, c.userId(), now,
                    expiresAt, instant ? now : null);
            boolean takesOut = request.kind() == SanctionKind.REMOVE || request.kind() == SanctionKind.BAN;
            boolean leftRoom = takesOut && Daos.of(h, RoomDao.class).removeMember(request.roomId(), request.userId()) > 0;
            List<MessageRow> purged = request.purgeHours() == null ? List.of() : purge(h, request, c.userId(), now);
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "sanction.applied", request.userId(),
                    request.roomId(), describe(request, purged.size(), reason)));
            return new Change(sanctions.find(id).orElseThrow(), moderators(h, request.roomId()), leftRoom, purged);
        }, change -> {
            SanctionRow s = change.sanction();
            notifyPeople(change, new SanctionApplied(Sanctions.toWire(s)));
            change.purged().forEach(row -> fanout.toRoom(s.roomId(), new MessageUpdated(ChatService.toWire(row))));
            if (change.leftRoom()) {
                fanout.toRoom(s.roomId(), new MemberLeft(s.roomId(), s.userId()));
                connections.unsubscribeUser(s.roomId(), s.userId());
            }
            if (s.expiresAt() != null) {
                expiries.add(s.id(), s.expiresAt());
            }
        }).thenApply(change -> Outcome.of(new SanctionResult(Sanctions.toWire(change.sanction()))));
    }

    public CompletionStage<Outcome> lift(Connection c, LiftSanction request) {
        String reason = Sanctions.checkReason(request.reason());
        return db.write(h -> {
            SanctionDao sanctions = Daos.of(h, SanctionDao.class);
            SanctionRow row = sanctions.find(request.sanctionId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such sanction."));
            RoomAccess.require(h, LiftSanction.class, c.principal(), row.roomId());
            if (sanctions.lift(clock.millis(), c.userId(), row.id()) != 1) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "That sanction is no longer in force.");
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "sanction.lifted", row.userId(),
                    row.roomId(), "sanction=" + row.id() + " kind=" + row.kind() + " reason: " + reason));
            return new Change(sanctions.find(row.id()).orElseThrow(), moderators(h, row.roomId()), false, List.of());
        }, change -> notifyPeople(change, new SanctionLifted(Sanctions.toWire(change.sanction()))))
                .thenApply(change -> Outcome.of(new SanctionResult(Sanctions.toWire(change.sanction()))));
    }

    public CompletionStage<Outcome> list(Connection c, ListSanctions request) {
        return db.read(h -> {
            RoomAccess.require(h, ListSanctions.class, c.principal(), request.roomId());
            return Daos.of(h, SanctionDao.class).inForceInRoom(request.roomId(), clock.millis());
        }).thenApply(rows -> Outcome.of(new SanctionsResult(request.roomId(), rows.stream().map(Sanctions::toWire).toList())));
    }

    /** A person's own sanctions of the last {@link #OWN_HISTORY_DAYS} days, so nothing passes them by while offline. */
    public CompletionStage<Outcome> mine(Connection c, ListMySanctions request) {
        long since = clock.millis() - OWN_HISTORY_DAYS * 86_400_000L;
        return db.read(h -> Daos.of(h, SanctionDao.class).appliedToSince(c.userId(), since))
                .thenApply(rows -> Outcome.of(new MySanctionsResult(rows.stream().map(Sanctions::toWire).toList())));
    }

    /** Ends a timed sanction whose time has come; nothing happens if it was lifted or is not yet due. */
    void expire(long sanctionId) {
        db.write(h -> {
            SanctionDao sanctions = Daos.of(h, SanctionDao.class);
            Optional<SanctionRow> row = sanctions.find(sanctionId)
                    .filter(s -> s.liftedAt() == null && s.expiresAt() != null && s.expiresAt() <= clock.millis());
            if (row.isEmpty() || sanctions.markExpired(clock.millis(), sanctionId) != 1) {
                return null;
            }
            SanctionRow s = row.get();
            audit.append(h, AuditEntry.done(null, null, "sanction.expired", s.userId(), s.roomId(),
                    "sanction=" + s.id() + " kind=" + s.kind()));
            return new Change(sanctions.find(sanctionId).orElseThrow(), moderators(h, s.roomId()), false, List.of());
        }, change -> {
            if (change != null) {
                notifyPeople(change, new SanctionLifted(Sanctions.toWire(change.sanction())));
            }
        });
    }

    /** Loads every timed sanction not yet lifted into the expiry queue and starts it. */
    public void startExpiries() {
        db.readNow(h -> Daos.of(h, SanctionDao.class).timedNotLifted()).forEach(s -> expiries.add(s.id(), s.expiresAt()));
        expiries.start(this::expire);
    }

    private void notifyPeople(Change change, ServerMessage event) {
        Set<Long> people = new HashSet<>(change.moderators());
        people.add(change.sanction().userId());
        fanout.toPeople(people, Permissions.OVERSEERS, event);
    }

    private static List<Long> moderators(Handle h, long roomId) {
        return Daos.of(h, RoomDao.class).moderatorIds(roomId);
    }

    /** The person exists, is not the moderator, is not a moderator of the room, and (but for bans) is a member. */
    private static Optional<RoomRole> checkTarget(Handle h, Connection c, ApplySanction request) {
        if (request.userId() == c.userId()) {
            throw new Refused(ErrorCode.FORBIDDEN, "You cannot sanction yourself.");
        }
        UserRow target = Daos.of(h, UserDao.class).findById(request.userId())
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        Optional<RoomRole> role = Daos.of(h, RoomDao.class).roleOf(request.roomId(), request.userId()).map(RoomRole::fromWireName);
        boolean moderator = Permissions.OVERSEERS.contains(OrgRole.fromWireName(target.orgRole()))
                || role.filter(r -> r == RoomRole.LEADER || r == RoomRole.CO_LEADER).isPresent();
        if (moderator) {
            throw new Refused(ErrorCode.FORBIDDEN, "Leaders and supervisors cannot be sanctioned here; ask a supervisor.");
        }
        if (role.isEmpty() && request.kind() != SanctionKind.BAN) {
            throw new Refused(ErrorCode.NOT_A_MEMBER, "That person is not in this room.");
        }
        return role;
    }

    private static void checkParameters(ApplySanction request) {
        boolean timed = request.kind() == SanctionKind.MUTE || request.kind() == SanctionKind.BAN;
        if (request.minutes() != null && (!timed || request.minutes() < 1 || request.minutes() > MAX_MINUTES)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "minutes is 1 to " + MAX_MINUTES + ", for a mute or a ban only.");
        }
        if (request.purgeHours() != null
                && (request.kind() != SanctionKind.BAN || request.purgeHours() < 1 || request.purgeHours() > MAX_PURGE_HOURS)) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "purgeHours is 1 to " + MAX_PURGE_HOURS + ", for a ban only.");
        }
    }

    /** Turns the person's recent messages in the room into leader tombstones; returns them as they now stand. */
    private List<MessageRow> purge(Handle h, ApplySanction request, long moderatorId, long now) {
        MessageDao messages = Daos.of(h, MessageDao.class);
        List<MessageRow> removed = new ArrayList<>();
        for (long seq : messages.seqsBySenderSince(request.roomId(), request.userId(), now - request.purgeHours() * 3_600_000L)) {
            ChatService.removeByLeader(h, request.roomId(), seq, moderatorId, now);
            removed.add(messages.find(request.roomId(), seq).orElseThrow());
        }
        return removed;
    }

    private static String describe(ApplySanction request, int purged, String reason) {
        StringBuilder detail = new StringBuilder("kind=").append(request.kind().wireName());
        if (request.minutes() != null) {
            detail.append(" minutes=").append(request.minutes());
        }
        if (request.purgeHours() != null) {
            detail.append(" purgeHours=").append(request.purgeHours()).append(" removed=").append(purged);
        }
        return detail.append(" reason: ").append(reason).toString();
    }
}
