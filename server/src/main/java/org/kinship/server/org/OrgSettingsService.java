package org.kinship.server.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErasureMode;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.GetOrgSettings;
import org.kinship.protocol.OrgSettings;
import org.kinship.protocol.OrgSettingsChanged;
import org.kinship.protocol.OrgSettingsResult;
import org.kinship.protocol.SetOrgSettings;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.fanout.Fanout;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.OrgSettingsDao;
import org.kinship.server.store.OrgSettingsRow;

/** The organisation's settings: who may message whom, who may review coaching, how long things are kept. */
public final class OrgSettingsService {
    public static final int MAX_QUIET_AFTER_DAYS = 60;
    public static final int MAX_COACH_CAPACITY = 200;
    public static final int MAX_RETENTION_DAYS = 36_500;

    private final Db db;
    private final Fanout fanout;
    private final AuditLog audit;
    private final Clock clock;

    public OrgSettingsService(Db db, Fanout fanout, AuditLog audit, Clock clock) {
        this.db = db;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> get(Connection c, GetOrgSettings request) {
        return db.read(OrgSettingsService::current).thenApply(s -> Outcome.of(new OrgSettingsResult(s)));
    }

    /** Admins replace every setting at once; the audit record names each one that changed. */
    public CompletionStage<Outcome> set(Connection c, SetOrgSettings request) {
        OrgSettings next = check(request.settings());
        return db.write(h -> {
            OrgSettings before = current(h);
            Daos.of(h, OrgSettingsDao.class).set(next.participantDirectMessages(), next.supervisorReview(),
                    next.quietAfterDays(), next.coachCapacity(), next.retentionDays(), next.erasure().wireName(), clock.millis());
            String changes = changes(before, next);
            if (!changes.isEmpty()) {
                audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "org.settings.set", null, null,
                        changes));
            }
            return next;
        }, s -> fanout.toEveryone(new OrgSettingsChanged(s))).thenApply(s -> Outcome.of(new OrgSettingsResult(s)));
    }

    /** The settings in force, read inside the caller's transaction. */
    public static OrgSettings current(Handle h) {
        OrgSettingsRow row = Daos.of(h, OrgSettingsDao.class).get();
        return new OrgSettings(row.participantDirectMessages(), row.supervisorReview(), row.quietAfterDays(),
                row.coachCapacity(), row.retentionDays(), ErasureMode.fromWireName(row.erasure()));
    }

    private static OrgSettings check(OrgSettings s) {
        if (s.quietAfterDays() < 1 || s.quietAfterDays() > MAX_QUIET_AFTER_DAYS) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "quietAfterDays is 1 to " + MAX_QUIET_AFTER_DAYS + ".");
        }
        if (s.coachCapacity() < 1 || s.coachCapacity() > MAX_COACH_CAPACITY) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "coachCapacity is 1 to " + MAX_COACH_CAPACITY + ".");
        }
        if (s.retentionDays() != null && (s.retentionDays() < 1 || s.retentionDays() > MAX_RETENTION_DAYS)) {
            throw new Refused(ErrorCode.OUT_OF_RANGE, "retentionDays is 1 to " + MAX_RETENTION_DAYS + ", or absent to keep messages.");
        }
        return s;
    }

    /** "name: old -> new" for each setting that changed, for the audit trail. */
    private static String changes(OrgSettings before, OrgSettings after) {
        List<String> changed = new ArrayList<>();
        diff(changed, "participantDirectMessages", before.participantDirectMessages(), after.participantDirectMessages());
        diff(changed, "supervisorReview", before.supervisorReview(), after.supervisorReview());
        diff(changed, "quietAfterDays", before.quietAfterDays(), after.quietAfterDays());
        diff(changed, "coachCapacity", before.coachCapacity(), after.coachCapacity());
        diff(changed, "retentionDays", before.retentionDays(), after.retentionDays());
        diff(changed, "erasure", before.erasure().wireName(), after.erasure().wireName());
        return String.join("; ", changed);
    }

    private static void diff(List<String> changed, String name, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(name + ": " + before + " -> " + after);
        }
    }
}
