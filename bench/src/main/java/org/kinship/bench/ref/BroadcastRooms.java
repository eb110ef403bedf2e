package org.kinship.bench.ref;

import io.netty.channel.Channel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Subscribers and a message counter per room; shared by all event loops, hence concurrent. */
final class BroadcastRooms {
    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();

    record Room(Set<Channel> subscribers, AtomicLong seq) {
    }

    Room room(long id) {
        return rooms.computeIfAbsent(id, k -> new Room(ConcurrentHashMap.newKeySet(), new AtomicLong()));
    }

    void unsubscribe(Channel channel, Iterable<Long> roomIds) {
        roomIds.forEach(id -> room(id).subscribers().remove(channel));
    }
}
