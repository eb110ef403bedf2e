package org.kinship.server.room;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.CreateRoom;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.JoinRoom;
import org.kinship.protocol.LeaveRoom;
import org.kinship.protocol.ListMembers;
import org.kinship.protocol.ListRooms;
import org.kinship.protocol.MemberInfo;
import org.kinship.protocol.MemberJoined;
import org.kinship.protocol.MemberLeft;
import org.kinship.protocol.MembersResult;
import org.kinship.protocol.RoomCreated;
import org.kinship.protocol.RoomInfo;
import org.kinship.protocol.RoomResult;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RoomRole;
import org.kinship.protocol.RoomsResult;
import org.kinship.protocol.RoomVisibility;
import org.kinship.protocol.JoinRequest;
import org.kinship.protocol.JoinRequested;
import org.kinship.protocol.Sanction;
import org.kinship.protocol.SanctionKind;
import org.kinship.protocol.Typing;
import org.kinship.protocol.TypingEvent;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.chat.PostingRules;
import org.kinship.server.moderation.Sanctions;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;
import org.kinship.server.store.JoinRequestDao;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.SanctionDao;
import org.kinship.server.store.SanctionRow;

/** Rooms and membership: list, create, join, leave, who is there, typing. */
public final class RoomService {
    public static final int MAX_NAME_CHARS = 64;
    public static final int MAX_TOPIC_CHARS = 280;

    private final Db db;
    private final Fanout fanout;
    private final ConnectionRegistry connections;
    private final AuditLog audit;
    private final Clock clock;

    public RoomService(Db db, Fanout fanout, ConnectionRegistry connections, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.connections = connections;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> list(Connection c, ListRooms request) {
        return db.read(h -> {
            List<SanctionRow> inForce = Daos.of(h, SanctionDao.class).inForceOn(c.userId(), clock.millis());
            Map<Long, Sanction> mutes = byRoom(inForce, SanctionKind.MUTE);
            Map<Long, Sanction> bans = byRoom(inForce, SanctionKind.BAN);
            Map<Long, List<Long>> pins = Daos.of(h, MessageDao.class).allPins().stream().collect(Collectors.groupingBy(
                    MessageDao.Pin::roomId, Collectors.mapping(MessageDao.Pin::seq, Collectors.toList())));
            boolean overseer = Permissions.OVERSEERS.contains(c.principal().role());
            return Daos.of(h, RoomDao.class).listVisible(c.userId(), overseer).stream()
                    .map(row -> RoomViews.personal(row, pins.getOrDefault(row.id(), List.of()), mutes.get(row.id()),
                            bans.get(row.id())))
                    .toList();
        }).thenApply(rooms -> Outcome.of(new RoomsResult(rooms)));
    }

    /** Creates an open room; its creator joins as leader. */
    public CompletionStage<Outcome> create(Connection c, CreateRoom request) {
        String name = request.name().strip();
        String topic = request.topic() == null ? "" : request.topic().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A room name is 1 to " + MAX_NAME_CHARS + " characters.");
        }
        if (topic.length() > MAX_TOPIC_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A topic is at most " + MAX_TOPIC_CHARS + " characters.");
        }
        return db.write(h -> {
            RoomDao rooms = Daos.of(h, RoomDao.class);
            long roomId = rooms.insert(name, topic, c.userId(), clock.millis());
            rooms.addMember(roomId, c.userId(), RoomRole.LEADER.wireName(), clock.millis());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "room.created", null, roomId, ""));
            return rooms.find(roomId, c.userId()).orElseThrow();
        }, row -> fanout.toEveryone(new RoomCreated(RoomViews.shared(row, List.of()))))
                .thenApply(row -> Outcome.of(new RoomResult(RoomViews.personal(row, List.of(), null, null))));
    }

    /** The newest sanction of one kind per room. */
    private static Map<Long, Sanction> byRoom(List<SanctionRow> sanctions, SanctionKind kind) {
        return sanctions.stream().filter(s -> s.kind().equals(kind.wireName()))
                .collect(Collectors.toMap(SanctionRow::roomId, Sanctions::toWire, (older, newer) -> newer));
    }

    /** Joins an open room at once; in a closed room, files a request for its moderators to decide. */
    public CompletionStage<Outcome> join(Connection c, JoinRoom request) {
        record Joined(RoomInfo room, MemberInfo member, JoinRequest request, List<Long> moderators) {
        }
        return db.write(h -> {
            RoomDao rooms = Daos.of(h, RoomDao.class);
            RoomRow room = rooms.find(request.roomId(), c.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such room."));
            if (room.archived()) {
                throw new Refused(ErrorCode.ROOM_ARCHIVED);
            }
            if (room.joined()) {
                return new Joined(RoomViews.load(h, room.id(), c.userId()), null, null, List.of());
            }
            Sanctions.checkNotBanned(h, room.id(), c.userId(), clock.millis());
            boolean overseer = Permissions.OVERSEERS.contains(c.principal().role()); // they oversee every room anyway
            if (RoomVisibility.fromWireName(room.visibility()) == RoomVisibility.CLOSED && !overseer) {
                boolean first = Daos.of(h, JoinRequestDao.class).insert(room.id(), c.userId(), clock.millis()) == 1;
                JoinRequest asked = first ? new JoinRequest(room.id(), c.userId(), c.principal().handle(), clock.instant()) : null;
                return new Joined(RoomViews.load(h, room.id(), c.userId()), null, asked, rooms.moderatorIds(room.id()));
            }
            rooms.addMember(room.id(), c.userId(), RoomRole.MEMBER.wireName(), clock.millis());
            Daos.of(h, JoinRequestDao.class).delete(room.id(), c.userId()); // asked while it was closed
            MemberInfo member = new MemberInfo(c.userId(), c.principal().handle(), RoomRole.MEMBER, c.principal().role(), true);
            return new Joined(RoomViews.load(h, room.id(), c.userId()), member, null, List.of());
        }, joined -> {
            if (joined.member() != null) {
                fanout.toRoom(joined.room().id(), new MemberJoined(joined.room().id(), joined.member()));
            }
            if (joined.request() != null) {
                fanout.toPeople(joined.moderators(), Permissions.OVERSEERS, new JoinRequested(joined.request()));
            }
        }).thenApply(joined -> Outcome.of(new RoomResult(joined.room())));
    }

    public CompletionStage<Outcome> leave(Connection c, LeaveRoom request) {
        return db.write(h -> {
            RoomAccess.require(h, LeaveRoom.class, c.principal(), request.roomId());
            return Daos.of(h, RoomDao.class).removeMember(request.roomId(), c.userId());
        }, removed -> {
            // Told first, so the person's other devices learn they left; then they stop receiving the room.
            fanout.toRoom(request.roomId(), new MemberLeft(request.roomId(), c.userId()));
            connections.unsubscribeUser(request.roomId(), c.userId());
        }).thenApply(removed -> Outcome.empty());
    }

    public CompletionStage<Outcome> members(Connection c, ListMembers request) {
        return db.read(h -> {
            RoomAccess.require(h, ListMembers.class, c.principal(), request.roomId());
            return Daos.of(h, RoomDao.class).members(request.roomId());
        }).thenApply(rows -> Outcome.of(new MembersResult(request.roomId(), rows.stream()
                .map(m -> new MemberInfo(m.userId(), m.handle(), RoomRole.fromWireName(m.roomRole()),
                        OrgRole.fromWireName(m.orgRole()), connections.isOnline(m.userId())))
                .toList())));
    }

    /** Typing is never stored; the read only checks that this person may post here now. */
    public CompletionStage<Outcome> typing(Connection c, Typing request) {
        return db.read(h -> {
            RoomRow room = RoomAccess.requireRoom(h, Typing.class, c.principal(), request.roomId());
            PostingRules.checkMayChange(h, c.principal(), room, clock.millis());
            return room;
        }).thenApply(room -> {
            fanout.toRoomExcept(request.roomId(), c.userId(),
                    new TypingEvent(request.roomId(), c.userId(), c.principal().handle()));
            return Outcome.empty();
        });
    }
}
