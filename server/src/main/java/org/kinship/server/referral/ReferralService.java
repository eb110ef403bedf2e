package org.kinship.server.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kinship.protocol.CompleteReferral;
import org.kinship.protocol.CreateReferral;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.ListReferrals;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.Referral;
import org.kinship.protocol.ReferralCount;
import org.kinship.protocol.ReferralKind;
import org.kinship.protocol.ReferralNew;
import org.kinship.protocol.ReferralResult;
import org.kinship.protocol.ReferralStatus;
import org.kinship.protocol.ReferralUpdated;
import org.kinship.protocol.ReferralsResult;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.CoachingDao;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.ReferralCountRow;
import org.kinship.server.store.ReferralDao;
import org.kinship.server.store.ReferralRow;
import org.kinship.server.store.UserDao;

/**
 * Referrals: a coach does not diagnose or advise on medication, so when something needs a professional or
 * another service they record a referral, and supervisors see it through. Referrals are staff records: they
 * are counted for the organisation and never sent to participants. Audit records name the kind, never the note.
 */
public final class ReferralService {
    public static final int MAX_NOTE_CHARS = 500;
    /** Most referrals one list carries, newest first. */
    public static final int MAX_LISTED = 200;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public ReferralService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    /** By the participant's current coach, or by a supervisor or admin for anyone. */
    public CompletionStage<Outcome> create(Connection c, CreateReferral request) {
        String note = request.note().strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A referral note is 1 to " + MAX_NOTE_CHARS + " characters.");
        }
        if (request.participantId() == c.userId()) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A referral is for someone else.");
        }
        boolean overseer = Permissions.OVERSEERS.contains(c.principal().role());
        return db.write(h -> {
            if (!overseer && !Daos.of(h, CoachingDao.class).coaches(c.userId(), request.participantId())) {
                throw new Refused(ErrorCode.FORBIDDEN, "Only the person's coach, a supervisor or an admin can refer them.");
            }
            if (Daos.of(h, UserDao.class).findById(request.participantId()).isEmpty()) {
                throw new Refused(ErrorCode.NOT_FOUND, "There is no such person.");
            }
            ReferralDao referrals = Daos.of(h, ReferralDao.class);
            long id = referrals.insert(request.participantId(), c.userId(), request.kind().wireName(), note, clock.millis());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "referral.created",
                    request.participantId(), null, "referral=" + id + " kind=" + request.kind().wireName()));
            return toWire(referrals.find(id).orElseThrow());
        }, referral -> fanout.toPeople(List.of(c.userId()), Permissions.OVERSEERS, new ReferralNew(referral)))
                .thenApply(referral -> Outcome.of(new ReferralResult(referral)));
    }

    /** Supervisors and admins see every referral; a peer leader sees the ones they made. Open ones unless asked. */
    public CompletionStage<Outcome> list(Connection c, ListReferrals request) {
        boolean done = request.status() == ReferralStatus.DONE;
        Long createdBy = c.principal().role() == OrgRole.PEER_LEADER ? c.userId() : null;
        return db.read(h -> {
            ReferralDao referrals = Daos.of(h, ReferralDao.class);
            List<Referral> listed = referrals.list(done, createdBy, MAX_LISTED).stream().map(ReferralService::toWire).toList();
            return new ReferralsResult(listed, counts(referrals.counts(createdBy)));
        }).thenApply(Outcome::of);
    }

    /** Supervisors and admins mark a referral done, with an optional note for the staff. */
    public CompletionStage<Outcome> complete(Connection c, CompleteReferral request) {
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "A note is at most " + MAX_NOTE_CHARS + " characters.");
        }
        return db.write(h -> {
            ReferralDao referrals = Daos.of(h, ReferralDao.class);
            ReferralRow row = referrals.find(request.referralId())
                    .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such referral."));
            if (referrals.markDone(c.userId(), clock.millis(), note.isEmpty() ? null : note, row.id()) != 1) {
                throw new Refused(ErrorCode.INVALID_REQUEST, "That referral is already done.");
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "referral.done",
                    row.participantId(), null, "referral=" + row.id() + " kind=" + row.kind()));
            return referrals.find(row.id()).orElseThrow();
        }, row -> fanout.toPeople(List.of(row.createdBy(), c.userId()), Permissions.OVERSEERS, new ReferralUpdated(toWire(row))))
                .thenApply(row -> Outcome.of(new ReferralResult(toWire(row))));
    }

    /** One count per kind, every kind, in the protocol's order. */
    private static List<ReferralCount> counts(List<ReferralCountRow> rows) {
        Map<String, ReferralCountRow> byKind = rows.stream().collect(Collectors.toMap(ReferralCountRow::kind, Function.identity()));
        return Arrays.stream(ReferralKind.values()).map(kind -> {
            ReferralCountRow row = byKind.get(kind.wireName());
            return new ReferralCount(kind, row == null ? 0 : row.open(), row == null ? 0 : row.done());
        }).toList();
    }

    static Referral toWire(ReferralRow r) {
        return new Referral(r.id(), r.participantId(), r.participantHandle(), ReferralKind.fromWireName(r.kind()), r.note(),
                r.doneAt() == null ? ReferralStatus.OPEN : ReferralStatus.DONE, r.createdByHandle(),
                Instant.ofEpochMilli(r.createdAt()), r.doneByHandle(), r.doneAt() == null ? null : Instant.ofEpochMilli(r.doneAt()),
                r.doneNote());
    }
}
