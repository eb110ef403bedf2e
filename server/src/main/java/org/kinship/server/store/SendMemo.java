package org.kinship.server.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a room message's write reads but never changes, remembered from one send to the next on the
 * writer: the room as the sender sees it (settings, their role, their guidelines acceptance), the
 * mute in force on them, and their handle. Two of the seven statements a send ran were these reads,
 * and its insert looked the handle up as well.
 *
 * <p>Why it can never be stale: only the writer changes the database, and it drops the whole memo
 * before any write that is not a send (a join, a mute, a setting, an edit) and whenever it starts over
 * after a failed batch ({@link Writer}). Sends change none of this; the counters they take are kept
 * apart ({@link SendCounters}). Two things change with time alone, and are handled so: a remembered mute is
 * asked again once its time is up (another, older one may still be in force), and "no mute" stays true
 * until a write adds one. Confined to the writer thread, so it needs no locking.
 */
final class SendMemo {
    /** Entries kept before the memo starts over; bounds its memory on a server with many rooms and people. */
    static final int MAX_ENTRIES = 50_000;

    private record RoomPerson(long roomId, long userId) {
    }

    private final Map<RoomPerson, Optional<RoomRow>> rooms = new HashMap<>();
    private final Map<RoomPerson, Optional<SanctionRow>> mutes = new HashMap<>();
    private final Map<Long, String> handles = new HashMap<>();

    /**
     * The room as this person sees it. Its {@code lastSeq} and {@code lastRev} are as they were when it was
     * first read: a send takes fresh counters from {@link SendCounters}.
     */
    Optional<RoomRow> room(long roomId, long userId, Supplier<Optional<RoomRow>> read) {
        return remember(rooms, new RoomPerson(roomId, userId), read);
    }

    /** The newest mute in force on this person in this room at {@code now}. */
    Optional<SanctionRow> mute(long roomId, long userId, long now, Supplier<Optional<SanctionRow>> read) {
        RoomPerson key = new RoomPerson(roomId, userId);
        Optional<SanctionRow> known = mutes.get(key);
        if (known != null && known.map(mute -> mute.expiresAt() == null || mute.expiresAt() > now).orElse(true)) {
            return known;
        }
        mutes.remove(key);
        return remember(mutes, key, read);
    }

    String handle(long userId, Supplier<String> read) {
        return remember(handles, userId, read);
    }

    private <K, V> V remember(Map<K, V> map, K key, Supplier<V> read) {
        V known = map.get(key);
        if (known == null) {
            known = read.get();
            makeRoom();
            map.put(key, known);
        }
        return known;
    }

    private void makeRoom() {
        if (rooms.size() + mutes.size() + handles.size() >= MAX_ENTRIES) {
            rooms.clear();
            mutes.clear();
            handles.clear();
        }
    }
}
