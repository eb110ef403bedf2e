package org.kinship.server.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.DutyChanged;
import org.kinship.protocol.DutyEntry;
import org.kinship.protocol.DutyResult;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListDuty;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.SetDuty;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.DutyRow;
import org.kinship.server.store.SafetyDao;

/** Who is on duty: leaders mark themselves on and off with a handover note; everyone sees whether someone is there. */
public final class DutyService {
    public static final int MAX_NOTE_CHARS = 500;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public DutyService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> set(Connection c, SetDuty request) {
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A handover note is at most " + MAX_NOTE_CHARS + " characters.");
        }
        record Roster(List<DutyRow> rows, boolean changed) {
        }
        return db.write(h -> {
            SafetyDao safety = Daos.of(h, SafetyDao.class);
            boolean changed = true;
            if (request.onDuty()) {
                safety.goOnDuty(c.userId(), clock.millis(), note);
            } else {
                changed = safety.goOffDuty(c.userId()) == 1;
            }
            if (changed) {
                audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(),
                        request.onDuty() ? "duty.on" : "duty.off", null, null,
                        request.onDuty() && !note.isEmpty() ? "with a handover note" : ""));
            }
            return new Roster(safety.onDuty(), changed);
        }, roster -> {
            if (roster.changed()) {
                announce(fanout, roster.rows());
            }
        }).thenApply(roster -> Outcome.of(new DutyResult(toWire(roster.rows(), true))));
    }

    public CompletionStage<Outcome> list(Connection c, ListDuty request) {
        boolean staff = Permissions.STAFF.contains(c.principal().role());
        return db.read(h -> Daos.of(h, SafetyDao.class).onDuty()).thenApply(rows -> Outcome.of(new DutyResult(toWire(rows, staff))));
    }

    /** Tells everyone online who is on duty now: staff with the handover notes, participants without. */
    public static void announce(Fanout fanout, List<DutyRow> roster) {
        fanout.toPeople(List.of(), Permissions.STAFF, new DutyChanged(toWire(roster, true)));
        fanout.toPeople(List.of(), EnumSet.of(OrgRole.PARTICIPANT), new DutyChanged(toWire(roster, false)));
    }

    /** The ids of everyone on duty now. */
    static List<Long> onDutyIds(Handle h) {
        return Daos.of(h, SafetyDao.class).onDuty().stream().map(DutyRow::userId).toList();
    }

    private static List<DutyEntry> toWire(List<DutyRow> rows, boolean withNotes) {
        return rows.stream().map(r -> new DutyEntry(r.userId(), r.handle(), Instant.ofEpochMilli(r.onSince()),
                withNotes ? r.note() : null)).toList();
    }
}
