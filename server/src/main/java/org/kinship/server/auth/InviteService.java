package org.kinship.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.kinship.protocol.CreateInvite;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.InviteInfo;
import org.kinship.protocol.InviteResult;
import org.kinship.protocol.InvitesResult;
import org.kinship.protocol.ListInvites;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RevokeInvite;
import org.kinship.server.Refused;
import org.kinship.server.audit.AuditEntry;
import org.kinship.server.audit.AuditLog;
import org.kinship.server.session.Connection;
import org.kinship.server.session.Outcome;
import org.kinship.server.store.Daos;
import org.kinship.server.store.Db;
import org.kinship.server.store.InviteDao;
import org.kinship.server.store.InviteRow;

/** Invite codes: made, listed and revoked by admins; the code is shown once and stored only as a hash. */
public final class InviteService {
    public static final int DEFAULT_INVITE_HOURS = 168;
    public static final int MAX_INVITE_HOURS = 720;

    private final Db db;
    private final AuditLog audit;
    private final Clock clock;

    public InviteService(Db db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public CompletionStage<Outcome> create(Connection c, CreateInvite request) {
        OrgRole role = request.role() == null ? OrgRole.PARTICIPANT : request.role();
        int hours = request.validHours() == null ? DEFAULT_INVITE_HOURS : request.validHours();
        if (hours < 1 || hours > MAX_INVITE_HOURS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "validHours must be between 1 and " + MAX_INVITE_HOURS + ".");
        }
        String code = Tokens.newHumanCode(Tokens.INVITE_CODE_BYTES);
        String inviteId = Tokens.newPublicId();
        Instant expiresAt = clock.instant().plus(Duration.ofHours(hours));
        return db.write(h -> {
            Daos.of(h, InviteDao.class).insert(Tokens.sha256(Tokens.normaliseCode(code)), inviteId, role.wireName(),
                    c.userId(), clock.millis(), expiresAt.toEpochMilli());
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "invite.created", null, null,
                    "invite=" + inviteId + " role=" + role.wireName() + " hours=" + hours));
            return new InviteResult(code, role, expiresAt, inviteId);
        }).thenApply(Outcome::of);
    }

    public CompletionStage<Outcome> list(Connection c, ListInvites request) {
        return db.read(h -> Daos.of(h, InviteDao.class).list())
                .thenApply(rows -> Outcome.of(new InvitesResult(rows.stream().map(this::toWire).toList())));
    }

    public CompletionStage<Outcome> revoke(Connection c, RevokeInvite request) {
        return db.write(h -> {
            if (Daos.of(h, InviteDao.class).revoke(clock.millis(), request.inviteId()) != 1) {
                throw new Refused(ErrorCode.NOT_FOUND, "There is no unused invite with that id.");
            }
            audit.append(h, AuditEntry.done(c.userId(), c.principal().role().wireName(), "invite.revoked", null, null,
                    "invite=" + request.inviteId()));
            return null;
        }).thenApply(v -> Outcome.empty());
    }

    private InviteInfo toWire(InviteRow row) {
        String status = row.revokedAt() != null ? "revoked" : row.usedAt() != null ? "used"
                : row.expiresAt() <= clock.millis() ? "expired" : "active";
        return new InviteInfo(row.publicId(), OrgRole.fromWireName(row.orgRole()), Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.expiresAt()), status);
    }
}
