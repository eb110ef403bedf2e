package org.kinship.server.people;

import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.GetProfile;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.ProfileResult;
import org.kinship.protocol.SetProfile;
import org.kinship.protocol.UserInfo;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.ProfileDao;
import org.kinship.server.store.ProfileRow;
import org.kinship.server.store.UserDao;
import org.kinship.server.store.UserRow;

/**
 * Staff-only details about a person (a real name, a contact note). People appear to each other only by
 * handle; staff may read these, and every read as well as every change is written to the audit trail.
 */
public final class ProfileService {
    public static final int MAX_REAL_NAME_CHARS = 100;
    public static final int MAX_NOTE_CHARS = 1_000;

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;

    public ProfileService(Db db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** A write, not a read: the access record commits together with what was shown. */
    public CompletionStage<Outcome> get(Connection c, GetProfile request) {
        return db.write(h -> {
            ProfileResult profile = load(h, request.userId());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "profile.viewed", request.userId(),
                    null, ""));
            return profile;
        }).thenApply(Outcome::of);
    }

    public CompletionStage<Outcome> set(Connection c, SetProfile request) {
        String realName = trimmed(request.realName(), MAX_REAL_NAME_CHARS, "A name");
        String note = trimmed(request.contactNote(), MAX_NOTE_CHARS, "A contact note");
        return db.write(h -> {
            load(h, request.userId());
            Daos.of(h, ProfileDao.class).upsert(request.userId(), realName, note, c.userId(), clock.millis());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "profile.updated", request.userId(),
                    null, ""));
            return load(h, request.userId());
        }).thenApply(Outcome::of);
    }

    private static ProfileResult load(Handle h, long userId) {
        UserRow user = Daos.of(h, UserDao.class).findById(userId)
                .orElseThrow(() -> new Refused(ErrorCode.NOT_FOUND, "There is no such person."));
        ProfileRow details = Daos.of(h, ProfileDao.class).find(userId).orElse(new ProfileRow(null, null));
        return new ProfileResult(new UserInfo(user.id(), user.handle(), OrgRole.fromWireName(user.orgRole())),
                details.realName(), details.contactNote());
    }

    private static String trimmed(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new Refused(ErrorCode.INVALID_REQUEST, what + " is at most " + max + " characters.");
        }
        return text;
    }
}
