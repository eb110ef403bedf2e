package org.kinship.server.session;

import java.util.Map;
import java.util.Optional;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.CreateInvite;
import org.kinship.protocol.CreateRoom;
import org.kinship.protocol.DeleteMessage;
import org.kinship.protocol.EditMessage;
import org.kinship.protocol.History;
import org.kinship.protocol.JoinRoom;
import org.kinship.protocol.LeaveRoom;
import org.kinship.protocol.ListMembers;
import org.kinship.protocol.ListRooms;
import org.kinship.protocol.Resume;
import org.kinship.protocol.SendMessage;
import org.kinship.protocol.Typing;

/**
 * The one table of who may send which request. The dispatcher consults it before every handler;
 * a request type without a row is refused, and a test fails until the row is added.
 */
public final class Permissions {
    static final Map<Class<? extends ClientMessage>, Access> TABLE = Map.ofEntries(
            Map.entry(ListRooms.class, Access.SIGNED_IN),
            Map.entry(CreateRoom.class, Access.ADMIN),
            Map.entry(JoinRoom.class, Access.SIGNED_IN),
            Map.entry(LeaveRoom.class, Access.SIGNED_IN),
            Map.entry(ListMembers.class, Access.SIGNED_IN),
            Map.entry(Resume.class, Access.SIGNED_IN),
            Map.entry(History.class, Access.SIGNED_IN),
            Map.entry(SendMessage.class, Access.SIGNED_IN),
            Map.entry(EditMessage.class, Access.SIGNED_IN),
            Map.entry(DeleteMessage.class, Access.SIGNED_IN),
            Map.entry(Typing.class, Access.SIGNED_IN),
            Map.entry(CreateInvite.class, Access.ADMIN));

    private Permissions() {
    }

    public static Optional<Access> accessFor(Class<? extends ClientMessage> type) {
        return Optional.ofNullable(TABLE.get(type));
    }
}
