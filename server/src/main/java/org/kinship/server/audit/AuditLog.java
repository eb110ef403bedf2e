package org.kinship.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.kinship.server.store.Daos;
import org.kinship.server.store.AuditDao;
import org.kinship.server.store.AuditRow;

/**
 * Appends hash-chained records to the audit trail. Callers pass the writer's handle, so the record
 * commits in the same transaction as the action it describes: either both are stored or neither.
 * Details name what happened, never a message body, password or token.
 */
public final class AuditLog {
    static final byte[] GENESIS = new byte[32];

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Appends one record; must run inside a write. */
    public void append(Handle writeHandle, AuditEntry entry) {
        AuditDao dao = Daos.of(writeHandle, AuditDao.class);
        byte[] prev = dao.lastHash().orElse(GENESIS);
        long at = clock.millis();
        String outcome = entry.refused() ? "refused" : "done";
        byte[] hash = chainHash(prev, at, entry.actorId(), entry.actorRole(), entry.action(), entry.targetUserId(),
                entry.roomId(), entry.detail(), outcome);
        dao.insert(at, entry.actorId(), entry.actorRole(), entry.action(), entry.targetUserId(), entry.roomId(),
                entry.detail(), outcome, prev, hash);
    }

    /** The outcome of checking the chain: how many records were read and the first that does not fit, if any. */
    public record Verification(int records, Long firstBrokenId) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    /** Recomputes every hash in order; a changed byte anywhere breaks its own record's hash or the next link. */
    public static Verification verify(List<AuditRow> rows) {
        byte[] expectedPrev = GENESIS;
        for (AuditRow row : rows) {
            byte[] hash = chainHash(row.prevHash(), row.at(), row.actorId(), row.actorRole(), row.action(),
                    row.targetUserId(), row.roomId(), row.detail(), row.outcome());
            if (!MessageDigest.isEqual(expectedPrev, row.prevHash()) || !MessageDigest.isEqual(hash, row.hash())) {
                return new Verification(rows.size(), row.id());
            }
            expectedPrev = row.hash();
        }
        return new Verification(rows.size(), null);
    }

    /** SHA-256 over the previous hash and every field, each length-prefixed so no two rows can collide by shifting text. */
    static byte[] chainHash(byte[] prev, long at, Long actorId, String actorRole, String action, Long targetUserId,
                            Long roomId, String detail, String outcome) {
        MessageDigest digest = sha256();
        digest.update(prev);
        for (Object field : new Object[] {at, actorId, actorRole, action, targetUserId, roomId, detail, outcome}) {
            byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
