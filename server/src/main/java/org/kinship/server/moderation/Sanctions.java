package org.kinship.server.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.Sanction;
import org.kinship.protocol.SanctionKind;
import org.kinship.server.Refused;
import org.kinship.server.store.SendStatements;
import org.kinship.server.store.SanctionRow;

/** The checks other services make against sanctions in force, and the wire form of a sanction. */
public final class Sanctions {
    public static final int MAX_REASON_CHARS = 500;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Sanctions() {
    }

    /** Refuses a post while a mute is in force, saying until when. */
    public static void checkNotMuted(Handle h, long roomId, long userId, long now) {
        SendStatements.of(h).inForce(roomId, userId, SanctionKind.MUTE.wireName(), now).ifPresent(mute -> {
            throw new Refused(ErrorCode.MUTED, "You are muted in this room " + until(mute)
                    + ", so you can read but not post. Reason: " + mute.reason());
        });
    }

    /** Refuses a join while a ban is in force, saying until when. */
    public static void checkNotBanned(Handle h, long roomId, long userId, long now) {
        SendStatements.of(h).inForce(roomId, userId, SanctionKind.BAN.wireName(), now).ifPresent(ban -> {
            throw new Refused(ErrorCode.BANNED, "You cannot join this room " + until(ban) + ". Reason: " + ban.reason());
        });
    }

    /** A reason is required, trimmed, and bounded. */
    public static String checkReason(String reason) {
        String trimmed = reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON_CHARS) {
            throw new Refused(ErrorCode.INVALID_REQUEST, "Give a reason of 1 to " + MAX_REASON_CHARS + " characters.");
        }
        return trimmed;
    }

    public static Sanction toWire(SanctionRow row) {
        return new Sanction(row.id(), SanctionKind.fromWireName(row.kind()), row.roomId(), row.userId(), row.handle(),
                row.reason(), Instant.ofEpochMilli(row.createdAt()), instant(row.expiresAt()), instant(row.liftedAt()));
    }

    private static String until(SanctionRow row) {
        return row.expiresAt() == null ? "until a leader lifts it" : "until " + UNTIL.format(Instant.ofEpochMilli(row.expiresAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
