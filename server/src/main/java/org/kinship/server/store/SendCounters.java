package org.kinship.server.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Rooms' message counters ({@code last_seq}, {@code last_rev}) as the writer's sends take them: read from
 * the rooms table once, counted on here, and written back once per room before the transaction commits
 * and before any write that is not a send ({@link Writer}). Why: a full batch of 1,000 sends over 250
 * rooms then writes 250 rows of {@code rooms} instead of updating one for every send (BENCHMARKS.md, the
 * eleventh round). Readers only ever see committed state, which always holds the counters written back.
 * A send that rolls back gives back what it took, so seqs stay gapless. Confined to the writer thread.
 */
final class SendCounters {
    /** Rooms remembered once written back; beyond it they are read afresh, which bounds the memory. */
    static final int MAX_ROOMS = 10_000;

    private final Map<Long, RoomCounters> current = new HashMap<>();
    private final Set<Long> unwritten = new HashSet<>();
    /** What the write in progress took, newest first, with the counters before it: for {@link #giveBack}. */
    private final Deque<Taken> takenInWrite = new ArrayDeque<>();

    private record Taken(long roomId, RoomCounters before) {
    }

    /** A new write starts: what earlier writes took is theirs to keep. */
    void startWrite() {
        takenInWrite.clear();
    }

    /** The room's next seq and rev; {@code read} gives the rooms table's counters when they are not here yet. */
    RoomCounters next(long roomId, Supplier<RoomCounters> read) {
        RoomCounters before = current.get(roomId);
        if (before == null) {
            before = read.get();
        }
        RoomCounters next = new RoomCounters(before.lastSeq() + 1, before.lastRev() + 1);
        takenInWrite.push(new Taken(roomId, before));
        current.put(roomId, next);
        unwritten.add(roomId);
        return next;
    }

    /** The write in progress rolled back: the counters it took are as before it. */
    void giveBack() {
        while (!takenInWrite.isEmpty()) {
            Taken taken = takenInWrite.pop();
            current.put(taken.roomId(), taken.before());
        }
    }

    /** Hands every room whose counters moved since the last write-back to {@code write}. */
    void writeBack(BiConsumer<Long, RoomCounters> write) {
        for (Long roomId : unwritten) {
            write.accept(roomId, current.get(roomId));
        }
        unwritten.clear();
        takenInWrite.clear();
        if (current.size() > MAX_ROOMS) {
            current.clear();
        }
    }
}
