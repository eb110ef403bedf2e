package org.kinship.server.wellbeing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.GetRecovery;
import org.kinship.protocol.MilestoneReached;
import org.kinship.protocol.RecoveryResult;
import org.kinship.protocol.SetRecovery;
import org.kinship.server.Refused;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RecoveryDao;
import org.kinship.server.store.RecoveryRow;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.StoreClosedException;
import org.kinship.server.wellbeing.Milestones.Milestone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's own recovery start date, private to them. If they choose, each milestone they pass is announced
 * once in their rooms: checked when they connect and when they check in, so it comes while they are around.
 * Setting or resetting the date counts every milestone already passed as announced, so nothing is announced
 * for a back-dated or reset date; the date itself never leaves the person's own replies.
 */
public final class RecoveryService {
    private static final Logger log = LoggerFactory.getLogger(RecoveryService.class);
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Db db;
    private final Fanout fanout;
    private final Clock clock;

    public RecoveryService(Db db, Fanout fanout, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.clock = clock;
    }

    /** A milestone to announce after the commit that claimed it. */
    public record Announcement(List<Long> roomIds, MilestoneReached event) {
    }

    public CompletionStage<Outcome> get(Connection c, GetRecovery request) {
        LocalDate today = Days.today(clock);
        return db.read(h -> Daos.of(h, RecoveryDao.class).find(c.userId()))
                .thenApply(row -> Outcome.of(toResult(row, today)));
    }

    public CompletionStage<Outcome> set(Connection c, SetRecovery request) {
        LocalDate today = Days.today(clock);
        LocalDate start = request.startDate() == null ? null : Days.parse("startDate", request.startDate());
        if (start != null && (start.isBefore(EARLIEST) || start.isAfter(today.plusDays(1)))) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "startDate is from " + EARLIEST + " to today.");
        }
        return db.write(h -> {
            RecoveryDao recovery = Daos.of(h, RecoveryDao.class);
            if (start == null) {
                recovery.clear(c.userId());
            } else {
                int passed = Milestones.reached(start, Milestones.daysSince(start, today)).map(Milestone::days).orElse(0);
                recovery.set(c.userId(), start.toString(), request.announceMilestones(), passed, clock.millis());
            }
            return recovery.find(c.userId());
        }).thenApply(row -> Outcome.of(toResult(row, today)));
    }

    /** When someone connects: announces a milestone they passed since, if they share them. Reads first; writes only when one is due. */
    public void connected(Connection c) {
        long userId = c.userId();
        String handle = c.principal().handle();
        db.read(h -> due(h, userId, Days.today(clock)).isPresent())
                .thenCompose(due -> due ? db.write(h -> claim(h, userId, handle), this::announce)
                        : CompletableFuture.<Announcement>completedFuture(null))
                .exceptionally(e -> {
                    if (!(e.getCause() instanceof StoreClosedException)) {
                        log.warn("milestone check for user {} failed: {}", userId, e.toString());
                    }
                    return null;
                });
    }

    /**
     * Inside a write: marks the person's newest milestone announced, if they share milestones and it was not
     * yet; returns what to send after the commit, or null. Only the highest milestone passed is announced.
     */
    public Announcement claim(Handle h, long userId, String handle) {
        Optional<Milestone> due = due(h, userId, Days.today(clock));
        if (due.isEmpty()) {
            return null;
        }
        RecoveryRow row = Daos.of(h, RecoveryDao.class).find(userId).orElseThrow();
        if (Daos.of(h, RecoveryDao.class).markAnnounced(userId, row.startDate(), due.get().days()) != 1) {
            return null;
        }
        return new Announcement(Daos.of(h, RoomDao.class).roomIdsOf(userId),
                new MilestoneReached(userId, handle, due.get().days(), due.get().label()));
    }

    /** Sends a claimed announcement to every room the person is a member of; null does nothing. */
    public void announce(Announcement announcement) {
        if (announcement != null && !announcement.roomIds().isEmpty()) {
            fanout.toRooms(announcement.roomIds(), announcement.event());
        }
    }

    private static Optional<Milestone> due(Handle h, long userId, LocalDate today) {
        return Daos.of(h, RecoveryDao.class).find(userId)
                .filter(RecoveryRow::announceMilestones)
                .flatMap(row -> {
                    LocalDate start = LocalDate.parse(row.startDate());
                    return Milestones.reached(start, Milestones.daysSince(start, today))
                            .filter(m -> m.days() > row.lastAnnouncedDays());
                });
    }

    private static RecoveryResult toResult(Optional<RecoveryRow> row, LocalDate today) {
        if (row.isEmpty()) {
            return new RecoveryResult(null, null, false, null, null);
        }
        LocalDate start = LocalDate.parse(row.get().startDate());
        int days = Milestones.daysSince(start, today);
        Milestone next = Milestones.next(start, days);
        return new RecoveryResult(start.toString(), days, row.get().announceMilestones(), next.days(), next.label());
    }
}
