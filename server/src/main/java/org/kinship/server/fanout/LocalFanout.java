package org.kinship.server.fanout;

import io.netty.buffer.ByteBuf;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.ServerMessage;
import org.kinship.server.session.Connection;
import org.kinship.server.session.ConnectionRegistry;
import org.kinship.server.session.MessageCodec;

/** Delivers events to this node's connections. Each event is encoded once and its bytes shared by all recipients. */
public final class LocalFanout implements Fanout {
    private final ConnectionRegistry registry;
    private final MessageCodec codec;

    public LocalFanout(ConnectionRegistry registry, MessageCodec codec) {
        this.registry = registry;
        this.codec = codec;
    }

    @Override
    public void toRoom(long roomId, ServerMessage event) {
        deliver(registry.subscribers(roomId), event, c -> true);
    }

    @Override
    public void toRoomExcept(long roomId, long exceptUserId, ServerMessage event) {
        deliver(registry.subscribers(roomId), event, c -> c.userId() != exceptUserId);
    }

    @Override
    public void toRooms(Collection<Long> roomIds, ServerMessage event) {
        Set<Connection> recipients = new HashSet<>();
        roomIds.forEach(roomId -> recipients.addAll(registry.subscribers(roomId)));
        deliver(recipients, event, c -> true);
    }

    @Override
    public void toEveryone(ServerMessage event) {
        deliver(registry.all(), event, c -> true);
    }

    @Override
    public void toPeople(Collection<Long> userIds, Set<OrgRole> roles, ServerMessage event) {
        deliver(registry.all(), event, c -> userIds.contains(c.userId()) || roles.contains(c.principal().role()));
    }

    private void deliver(Collection<Connection> recipients, ServerMessage event, Predicate<Connection> include) {
        if (recipients.isEmpty()) {
            return;
        }
        ByteBuf frame = codec.encodeAsFrame(event);
        try {
            for (Connection connection : recipients) {
                if (include.test(connection)) {
                    connection.sendEncoded(frame);
                }
            }
        } finally {
            frame.release();
        }
    }
}
