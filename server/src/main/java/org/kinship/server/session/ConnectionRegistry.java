package org.kinship.server.session;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every open connection on this node, by person and by sign-in, plus which rooms each one receives.
 * Shared across threads by design: event loops add and remove connections, the writer subscribes
 * them after commits. Concurrent sets keep each step atomic; nothing here blocks.
 */
public final class ConnectionRegistry {
    private final Set<Connection> all = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Long, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Set<Connection>> byRoom = new ConcurrentHashMap<>();

    /** Adds a connection; true when it is the person's first (they just came online). */
    public boolean add(Connection connection) {
        all.add(connection);
        Set<Connection> mine = byUser.computeIfAbsent(connection.userId(), id -> ConcurrentHashMap.newKeySet());
        synchronized (mine) {
            mine.add(connection);
            return mine.size() == 1;
        }
    }

    /** Removes a connection and its subscriptions; true when it was the person's last (they went offline). */
    public boolean remove(Connection connection) {
        if (!all.remove(connection)) {
            return false;
        }
        connection.subscribedRooms().forEach(roomId -> unsubscribe(roomId, connection));
        Set<Connection> mine = byUser.get(connection.userId());
        if (mine == null) {
            return true;
        }
        synchronized (mine) {
            mine.remove(connection);
            if (mine.isEmpty()) {
                byUser.remove(connection.userId(), mine);
                return true;
            }
            return false;
        }
    }

    public void subscribe(long roomId, Connection connection) {
        if (!all.contains(connection)) {
            return; // closed while its resume was in flight
        }
        byRoom.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        connection.subscribedRooms().add(roomId);
    }

    public void unsubscribe(long roomId, Connection connection) {
        connection.subscribedRooms().remove(roomId);
        Set<Connection> subscribers = byRoom.get(roomId);
        if (subscribers != null) {
            subscribers.remove(connection);
        }
    }

    /** Stops every connection of a person receiving a room (they left or were removed). */
    public void unsubscribeUser(long roomId, long userId) {
        forUser(userId).forEach(c -> unsubscribe(roomId, c));
    }

    public Collection<Connection> subscribers(long roomId) {
        Set<Connection> subscribers = byRoom.get(roomId);
        return subscribers == null ? List.of() : subscribers;
    }

    public Collection<Connection> forUser(long userId) {
        Set<Connection> mine = byUser.get(userId);
        return mine == null ? List.of() : List.copyOf(mine);
    }

    /** Every connection of one sign-in, found by its session key (a hash, never the token). */
    public List<Connection> forSession(String sessionKey) {
        return all.stream().filter(c -> sessionKey.equals(c.principal().sessionKey())).toList();
    }

    public Collection<Connection> all() {
        return all;
    }

    public boolean isOnline(long userId) {
        return byUser.containsKey(userId);
    }
}
