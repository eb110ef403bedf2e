package org.kinship.server.moderation;

import java.util.concurrent.CompletionStage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListUsers;
import org.kinship.protocol.MemberInfo;
import org.kinship.protocol.MemberUpdated;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RoomRole;
import org.kinship.protocol.SetOrgRole;
import org.kinship.protocol.SetRoomRole;
import org.kinship.protocol.UserInfo;
import org.kinship.protocol.UsersResult;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/** Who is who: the directory for staff, organisation roles (admins) and room roles (leaders and overseers). */
public final class RoleService {
    /** Close code telling a client its person's role changed, so it reconnects with the new one. */
    public static final int CLOSE_ROLE_CHANGED = 4003;

    private final Db db;
    private final Fanout fanout;
    private final ConnectionRegistry connections;
    private final AuditLog audit;

    public RoleService(Db db, Fanout fanout, ConnectionRegistry connections, AuditLog audit) {
        this.db = db;
        this.fanout = fanout;
        this.connections = connections;
        this.audit = audit;
    }

    public CompletionStage<Outcome> listUsers(Connection c, ListUsers request) {
        return db.read(h -> Daos.of(h, UserDao.class).all()).thenApply(rows -> Outcome.of(new UsersResult(rows.stream()
                .map(u -> new UserInfo(u.id(), u.handle(), OrgRole.fromWireName(u.orgRole()))).toList())));
    }

    /** Changes an organisation role; the person's connections reconnect so every check sees the new role. */
    public CompletionStage<Outcome> setOrgRole(Connection c, SetOrgRole request) {
        if (request.userId() == c.userId()) {
            throw new Refused(ErrorCode.FORBIDDEN, "You cannot change your own role; ask another admin.");
        }
        return db.write(h -> {
            UserDao users = Daos.of(h, UserDao.class);
            UserRow user = users.findById(request.userId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
            users.setRole(request.role().wireName(), user.id());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "user.role.set", user.id(), null,
                    "from=" + user.orgRole() + " to=" + request.role().wireName()));
            return user.id();
        }, userId -> connections.forUser(userId).forEach(conn -> conn.close(CLOSE_ROLE_CHANGED, "Your role changed")))
                .thenApply(userId -> Outcome.empty());
    }

    /** Overseers set any room role; a room's leader may name co-leaders, members and observers. */
    public CompletionStage<Outcome> setRoomRole(Connection c, SetRoomRole request) {
        return db.write(h -> {
            RoomAccess.require(h, SetRoomRole.class, c.principal(), request.roomId());
            RoomDao rooms = Daos.of(h, RoomDao.class);
            RoomRole current = rooms.roleOf(request.roomId(), request.userId()).map(RoomRole::fromWireName)
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_A_MEMBER, "That person is not in this room."));
            boolean overseer = Permissions.OVERSEERS.contains(c.principal().role());
            if (!overseer && (request.role() == RoomRole.LEADER || current == RoomRole.LEADER)) {
                throw new Refused(ErrorCode.FORBIDDEN, "Only a supervisor or admin names or changes a room's leader.");
            }
            rooms.setRole(request.role().wireName(), request.roomId(), request.userId());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "room.role.set", request.userId(),
                    request.roomId(), "from=" + current.wireName() + " to=" + request.role().wireName()));
            UserRow person = Daos.of(h, UserDao.class).findById(request.userId()).orElseThrow();
            return new MemberInfo(request.userId(), person.handle(), request.role(), OrgRole.fromWireName(person.orgRole()),
                    connections.isOnline(request.userId()));
        }, member -> fanout.toRoom(request.roomId(), new MemberUpdated(request.roomId(), member)))
                .thenApply(member -> Outcome.empty());
    }
}
