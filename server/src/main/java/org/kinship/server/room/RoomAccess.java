package org.kinship.server.room;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.RoomRole;
import org.kinship.server.Refused;
import org.kinship.server.auth.Principal;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;
import org.kinship.server.store.SendStatements;

/**
 * The room part of the permission table, checked inside the caller's transaction so that a role or
 * membership change can never slip between the check and the action.
 */
public final class RoomAccess {
    private RoomAccess() {
    }

    /** Refuses with not_found, not_a_member or forbidden; returns the person's room role (empty for overseers). */
    public static Optional<RoomRole> require(Handle h, Class<? extends ClientMessage> type, Principal who, long roomId) {
        RoomDao rooms = Daos.of(h, RoomDao.class);
        if (!rooms.exists(roomId)) {
            throw new Refused(ErrorCode.NOT_FOUND, "There is no such room.");
        }
        Optional<RoomRole> role = rooms.roleOf(roomId, who.userId()).map(RoomRole::fromWireName);
        check(type, who, role);
        return role;
    }

    /**
     * The same check for callers that go on to read the room (sending, typing, edits): the room as this
     * person sees it carries their role, so one query serves both.
     */
    public static RoomRow requireRoom(Handle h, Class<? extends ClientMessage> type, Principal who, long roomId) {
        RoomRow room = SendStatements.of(h).roomFor(roomId, who.userId())
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such room."));
        check(type, who, roleIn(room));
        return room;
    }

    /** The person's room role in a room row read for them (empty when not a member). */
    public static Optional<RoomRole> roleIn(RoomRow room) {
        return Optional.ofNullable(room.myRole()).map(RoomRole::fromWireName);
    }

    private static void check(Class<? extends ClientMessage> type, Principal who, Optional<RoomRole> role) {
        if (Permissions.allowsInRoom(type, who.role(), role)) {
            return;
        }
        if (role.isEmpty() && Permissions.needsMembership(type)) {
            throw new Refused(ErrorCode.NOT_A_MEMBER);
        }
        throw new Refused(ErrorCode.FORBIDDEN);
    }

    /**
     * For requests that may leave the room out (reports, the audit trail): with a room, the room part of
     * the table; without one, only overseers may see across rooms ({@code refusal} says so).
     */
    public static void requireRoomOrOrgWide(Handle h, Class<? extends ClientMessage> type, Principal who, Long roomId,
                                            String refusal) {
        if (roomId != null) {
            require(h, type, who, roomId);
        } else if (!Permissions.allowsOrgWide(type, who.role())) {
            throw new Refused(ErrorCode.FORBIDDEN, refusal);
        }
    }
}
