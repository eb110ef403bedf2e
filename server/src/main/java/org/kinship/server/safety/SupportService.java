package org.kinship.server.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.AcknowledgeSupport;
import org.kinship.protocol.CloseSupport;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListSupport;
import org.kinship.protocol.RequestSupport;
import org.kinship.protocol.SupportAlert;
import org.kinship.protocol.SupportAlertRaised;
import org.kinship.protocol.SupportAlertUpdated;
import org.kinship.protocol.SupportAlertsResult;
import org.kinship.protocol.SupportResult;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.schedule.ExpiryQueue;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.SafetyDao;
import org.kinship.server.store.SupportAlertRow;

/**
 * "I need support now": the person sees the crisis lines at once; the leaders on duty (and the room's
 * leaders) are alerted; if nobody responds in time, or nobody is on duty, supervisors are. An alert stays
 * open until a leader closes it with a note. Kinship never contacts emergency services by itself.
 */
public final class SupportService {
    /** How long the leaders on duty have to respond before supervisors are alerted. */
    public static final Duration ESCALATE_AFTER = Duration.ofMinutes(5);
    public static final int MAX_NOTE_CHARS = 1_000;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;
    private final ExpiryQueue escalations;

    public SupportService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
        this.escalations = new ExpiryQueue(clock, "support-escalation");
    }

    /** An alert and who should hear of it now. */
    public record Raised(SupportAlert alert, List<Long> recipients, boolean escalated) {
    }

    public CompletionStage<Outcome> request(Connection c, RequestSupport request) {
        record Requested(Raised raised, SupportResult result) {
        }
        return db.write(h -> {
            Raised raised = raise(h, c.userId(), request.roomId(), null, "button", clock.millis());
            return new Requested(raised, new SupportResult(raised.alert(), ResourceService.crisisLines(h)));
        }, requested -> announce(requested.raised()))
                .thenApply(requested -> Outcome.of(requested.result()));
    }

    /**
     * Files an alert inside the caller's write (a support button, or a message that matched a risk phrase)
     * and says who to tell; the caller announces it after the commit with {@link #announce}.
     */
    public Raised raise(Handle h, long userId, Long roomId, Long seq, String source, long now) {
        if (roomId != null && Daos.of(h, RoomDao.class).roleOf(roomId, userId).isEmpty()) {
            roomId = null; // never refuse someone asking for help: a room they are not in is just left out
            seq = null;
        }
        SafetyDao safety = Daos.of(h, SafetyDao.class);
        Set<Long> recipients = new HashSet<>(DutyService.onDutyIds(h));
        boolean nobodyOnDuty = recipients.isEmpty();
        if (roomId != null) {
            recipients.addAll(Daos.of(h, RoomDao.class).moderatorIds(roomId));
        }
        recipients.remove(userId);
        long id = safety.insertAlert(userId, roomId, seq, source, now, nobodyOnDuty ? now : null);
        audit.append(h, AuditEntry.done(userId, null, "support.requested", userId, roomId, "source=" + source));
        if (nobodyOnDuty) {
            audit.append(h, AuditEntry.done(null, null, "support.escalated", userId, roomId, "alert=" + id + " nobody on duty"));
        }
        return new Raised(toWire(safety.alert(id).orElseThrow(), true), List.copyOf(recipients), nobodyOnDuty);
    }

    /** Tells the leaders of a new alert; with nobody on duty it goes to supervisors and admins at once. */
    public void announce(Raised raised) {
        fanout.toPeople(raised.recipients(), raised.escalated() ? Permissions.OVERSEERS : Set.of(),
                new SupportAlertRaised(raised.alert()));
        if (!raised.escalated()) {
            escalations.add(raised.alert().id(), raised.alert().createdAt().plus(ESCALATE_AFTER).toEpochMilli());
        }
    }

    public CompletionStage<Outcome> acknowledge(Connection c, AcknowledgeSupport request) {
        return change(c, request.alertId(), "support.acknowledged", "", (safety, alert) -> {
            if (safety.acknowledge(c.userId(), clock.millis(), alert.id()) != 1) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "That alert was already answered or closed.");
            }
        });
    }

    public CompletionStage<Outcome> close(Connection c, CloseSupport request) {
        String note = request.note().strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Add a note of 1 to " + MAX_NOTE_CHARS + " characters.");
        }
        return change(c, request.alertId(), "support.closed", "", (safety, alert) -> {
            if (safety.close(c.userId(), clock.millis(), note, alert.id()) != 1) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "That alert is already closed.");
            }
        });
    }

    public CompletionStage<Outcome> list(Connection c, ListSupport request) {
        boolean openOnly = request.openOnly() == null || request.openOnly();
        return db.read(h -> Daos.of(h, SafetyDao.class).alerts(openOnly))
                .thenApply(rows -> Outcome.of(new SupportAlertsResult(rows.stream().map(r -> toWire(r, true)).toList())));
    }

    /** Loads alerts still waiting for a response and starts the escalation clock. */
    public void startEscalations() {
        db.readNow(h -> Daos.of(h, SafetyDao.class).waiting())
                .forEach(a -> escalations.add(a.id(), a.createdAt() + ESCALATE_AFTER.toMillis()));
        escalations.start(this::escalate);
    }

    public void stop() {
        escalations.close();
    }

    /** Nobody on duty responded in time: supervisors and admins are alerted. */
    void escalate(long alertId) {
        db.write(h -> {
            SafetyDao safety = Daos.of(h, SafetyDao.class);
            if (safety.escalate(clock.millis(), alertId) != 1) {
                return null; // answered or closed meanwhile
            }
            audit.append(h, AuditEntry.done(null, null, "support.escalated", safety.alert(alertId).orElseThrow().userId(),
                    null, "alert=" + alertId));
            return toWire(safety.alert(alertId).orElseThrow(), true);
        }, alert -> {
            if (alert != null) {
                fanout.toPeople(List.of(), Permissions.OVERSEERS, new SupportAlertRaised(alert));
            }
        });
    }

    @FunctionalInterface
    private interface AlertChange {
        void apply(SafetyDao safety, SupportAlertRow alert);
    }

    /** One step on an alert by a leader; staff who heard of it and the person are told. */
    private CompletionStage<Outcome> change(Connection c, long alertId, String action, String detail, AlertChange step) {
        record Changed(SupportAlertRow row, List<Long> staff) {
        }
        return db.write(h -> {
            SafetyDao safety = Daos.of(h, SafetyDao.class);
            SupportAlertRow alert = safety.alert(alertId).orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such alert."));
            step.apply(safety, alert);
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), action, alert.userId(), alert.roomId(),
                    "alert=" + alertId + detail));
            List<Long> staff = new ArrayList<>(DutyService.onDutyIds(h));
            if (alert.roomId() != null) {
                staff.addAll(Daos.of(h, RoomDao.class).moderatorIds(alert.roomId()));
            }
            staff.add(c.userId());
            return new Changed(safety.alert(alertId).orElseThrow(), staff);
        }, changed -> {
            fanout.toPeople(changed.staff(), Permissions.OVERSEERS, new SupportAlertUpdated(toWire(changed.row(), true)));
            fanout.toPeople(List.of(changed.row().userId()), Set.of(), new SupportAlertUpdated(toWire(changed.row(), false)));
        }).thenApply(changed -> Outcome.empty());
    }

    static SupportAlert toWire(SupportAlertRow r, boolean forStaff) {
        return new SupportAlert(r.id(), r.userId(), r.handle(), r.roomId(), r.seq(), r.source(), Instant.ofEpochMilli(r.createdAt()),
                r.acknowledgedHandle(), instant(r.acknowledgedAt()), instant(r.escalatedAt()), instant(r.closedAt()),
                forStaff ? r.closeNote() : null);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
