package org.kinship.server.room;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.DecideJoinRequest;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.JoinDecided;
import org.kinship.protocol.JoinRequest;
import org.kinship.protocol.JoinRequestsResult;
import org.kinship.protocol.ListJoinRequests;
import org.kinship.protocol.MemberInfo;
import org.kinship.protocol.MemberJoined;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RoomRole;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.moderation.Sanctions;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.JoinRequestDao;
import org.kinship.server.store.JoinRequestRow;
import org.kinship.server.store.RoomDao;

/** Closed rooms: the moderators see who asked to join and let them in or not. */
public final class JoinRequestService {
    private final Db db;
    private final Fanout fanout;
    private final ConnectionRegistry connections;
    private final AuditLog audit;
    private final Clock clock;

    public JoinRequestService(Db db, Fanout fanout, ConnectionRegistry connections, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> list(Connection c, ListJoinRequests request) {
        return db.read(h -> {
            RoomAccess.require(h, ListJoinRequests.class, c.principal(), request.roomId());
            return Daos.of(h, JoinRequestDao.class).list(request.roomId());
        }).thenApply(rows -> Outcome.of(new JoinRequestsResult(request.roomId(),
                rows.stream().map(JoinRequestService::toWire).toList())));
    }

    public CompletionStage<Outcome> decide(Connection c, DecideJoinRequest request) {
        return db.write(h -> {
            RoomAccess.require(h, DecideJoinRequest.class, c.principal(), request.roomId());
            if (Daos.of(h, JoinRequestDao.class).delete(request.roomId(), request.userId()) != 1) {
                throw new Refused(ErrorCode.NOT_FOUND, "There is no such request; it may have been answered already.");
            }
            if (request.approve()) {
                Sanctions.checkNotBanned(h, request.roomId(), request.userId(), clock.millis());
                Daos.of(h, RoomDao.class).addMember(request.roomId(), request.userId(), RoomRole.MEMBER.wireName(), clock.millis());
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                    request.approve() ? "join.approved" : "join.declined", request.userId(), request.roomId(), ""));
            return Daos.of(h, org.kinship.server.store.UserDao.class).findById(request.userId()).orElseThrow();
        }, person -> {
            fanout.toPeople(java.util.List.of(request.userId()), java.util.Set.of(),
                    new JoinDecided(request.roomId(), request.approve()));
            if (request.approve()) {
                MemberInfo member = new MemberInfo(request.userId(), person.handle(), RoomRole.MEMBER,
                        OrgRole.fromWireName(person.orgRole()), connections.isOnline(request.userId()));
                fanout.toRoom(request.roomId(), new MemberJoined(request.roomId(), member));
            }
        }).thenApply(person -> Outcome.empty());
    }

    private static JoinRequest toWire(JoinRequestRow row) {
        return new JoinRequest(row.roomId(), row.userId(), row.handle(), Instant.ofEpochMilli(row.requestedAt()));
    }
}
