package org.kinship.server.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.MessageUpdated;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.chat.ChatService;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.org.OrgSettingsService;
import org.kinship.server.store.DataRightsDao;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.MessageRow;
import org.kinship.server.store.RoomDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes room messages older than their room's retention (its own, else the organisation's). An expired
 * message becomes a bodiless tombstone under a fresh rev rather than vanishing, so a room's seqs stay
 * gap-free and every client learns of it the usual way (message.updated live, {@code changed} on resume).
 * After a purge the WAL is checkpointed and truncated: with secure_delete the text is then gone from the file.
 * One scheduled thread of its own runs it; all writes go through the single writer.
 */
public final class RetentionService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    /** How often the background purge runs. */
    public static final Duration EVERY = Duration.ofHours(1);
    /** Most messages expired in one write, so a large backlog never holds the writer for long. */
    static final int BATCH = 500;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retention");
        thread.setDaemon(true);
        return thread;
    });

    public RetentionService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    public void start() {
        timer.scheduleWithFixedDelay(() -> {
            try {
                purgeNow();
            } catch (RuntimeException e) {
                log.warn("retention purge failed; trying again in {}", EVERY, e);
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One purge of every room, now; blocks until done. Returns how many messages expired. The timer calls the same. */
    public int purgeNow() {
        int total = 0;
        List<DataRightsDao.RoomRetention> rooms = db.read(h -> Daos.of(h, DataRightsDao.class)
                .roomsWithRetention(OrgSettingsService.current(h).retentionDays())).join();
        for (DataRightsDao.RoomRetention room : rooms) {
            long before = clock.millis() - Duration.ofDays(room.days()).toMillis();
            int expired;
            do {
                expired = purgeBatch(room, before);
                total += expired;
            } while (expired == BATCH);
        }
        if (total > 0) {
            // Outside any transaction, on the writer: copy the WAL into the file and empty it.
            db.writeOutsideTransaction(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list()).join();
            log.info("retention purge: {} messages expired", total);
        }
        return total;
    }

    private int purgeBatch(DataRightsDao.RoomRetention room, long before) {
        return db.write(h -> expire(h, room, before), rows -> rows.forEach(
                row -> fanout.toRoom(row.roomId(), new MessageUpdated(ChatService.toWire(row))))).join().size();
    }

    private List<MessageRow> expire(Handle h, DataRightsDao.RoomRetention room, long before) {
        DataRightsDao dao = Daos.of(h, DataRightsDao.class);
        List<MessageRow> changed = new ArrayList<>();
        long now = clock.millis();
        for (long seq : dao.expiredSeqs(room.roomId(), before, BATCH)) {
            dao.expire(now, Daos.of(h, RoomDao.class).nextRev(room.roomId()), room.roomId(), seq);
            changed.add(Daos.of(h, MessageDao.class).find(room.roomId(), seq).orElseThrow());
        }
        if (!changed.isEmpty()) {
            audit.append(h, AuditEntry.done(null, null, "retention.purged", null, room.roomId(),
                    "messages=" + changed.size() + ", older than " + room.days() + " days"));
        }
        return changed;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
