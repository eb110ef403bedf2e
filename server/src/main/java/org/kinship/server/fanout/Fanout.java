package org.kinship.server.fanout;

import java.util.Collection;
import java.util.Set;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.ServerMessage;

/**
 * Where every event leaves the server. One node delivers to its own connections ({@link LocalFanout});
 * several nodes will put a pub/sub engine behind this same interface. Callers publish events for a
 * room in commit order (from the thread that finishes the writer's batches), and each recipient
 * receives them in that order.
 */
public interface Fanout {
    /** To every connection subscribed to the room, the sender's included. */
    void toRoom(long roomId, ServerMessage event);

    /** To the room's subscribers except the connections of one person (e.g. their own typing). */
    void toRoomExcept(long roomId, long exceptUserId, ServerMessage event);

    /** Once to every connection subscribed to any of these rooms. */
    void toRooms(Collection<Long> roomIds, ServerMessage event);

    /** To every connection of every signed-in person. */
    void toEveryone(ServerMessage event);

    /** Once to every connection of these people and of anyone whose organisation role is in {@code roles}. */
    void toPeople(Collection<Long> userIds, Set<OrgRole> roles, ServerMessage event);
}
