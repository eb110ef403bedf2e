package org.kinship.server.chat;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.ErrorCode;
import org.kinship.protocol.RemoveMessage;
import org.kinship.server.Refused;
import org.kinship.server.auth.Principal;
import org.kinship.server.moderation.Sanctions;
import org.kinship.server.room.RoomAccess;
import org.kinship.server.session.Permissions;
import org.kinship.server.store.SafetyDao;
import org.kinship.server.store.Daos;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.RoomRow;

/**
 * Whether a person may post in a room right now, in the order a person would want to hear it:
 * archived, locked, muted, paused while nobody is on duty, guidelines not yet accepted, slow mode (at least
 * a minute while nobody is on duty, in a room set to {@code slow}). The room's moderators are exempt from
 * the lock, the pause, the guidelines and slow mode; nobody is exempt from an archive.
 */
public final class PostingRules {
    /** Least slow mode, in seconds, in a room set to {@code slow} while nobody is on duty. */
    public static final int UNATTENDED_SLOW_SECONDS = 60;
    static final String UNATTENDED_LOCK_MESSAGE = "No peer leader is on duty right now, so this room is paused until one is."
            + " If you need help now, open the resources: the crisis lines are there day and night.";
    private PostingRules() {
    }

    /** For a new message, in a room read for this person ({@link RoomAccess#requireRoom}). */
    static void checkMayPost(Handle h, Principal who, RoomRow room, long now) {
        checkMayChange(h, who, room, now);
        if (isModerator(who, room)) {
            return;
        }
        long roomId = room.id();
        boolean unattended = !"open".equals(room.unattended()) && !Daos.of(h, SafetyDao.class).anyoneOnDuty();
        if (unattended && "lock".equals(room.unattended())) {
            throw new Refused(ErrorCode.ROOM_LOCKED, UNATTENDED_LOCK_MESSAGE);
        }
        boolean accepted = room.guidelinesAccepted() != null && room.guidelinesAccepted() >= room.guidelinesVersion();
        if (!room.guidelines().isEmpty() && !accepted) {
            throw new Refused(ErrorCode.GUIDELINES_NOT_ACCEPTED);
        }
        int slowSeconds = unattended ? Math.max(room.slowModeSeconds(), UNATTENDED_SLOW_SECONDS) : room.slowModeSeconds();
        if (slowSeconds > 0) {
            Optional<Long> last = Daos.of(h, MessageDao.class).lastSentSince(roomId, who.userId(), now - slowSeconds * 1000L);
            long wait = last.map(at -> at + slowSeconds * 1000L - now).orElse(0L);
            if (wait > 0) {
                throw new Refused(ErrorCode.SLOW_MODE, "This room is in slow mode: one message every "
                        + slowSeconds + " seconds. You can post again in " + ((wait + 999) / 1000) + " s.", wait);
            }
        }
    }

    /**
     * For a send, an edit or typing: the room must be live and open to this person, and they not muted.
     * {@code room} is read for this person in the same transaction ({@link RoomAccess#requireRoom}).
     */
    public static void checkMayChange(Handle h, Principal who, RoomRow room, long now) {
        if (room.archived()) {
            throw new Refused(ErrorCode.ROOM_ARCHIVED);
        }
        if (room.locked() && !isModerator(who, room)) {
            throw new Refused(ErrorCode.ROOM_LOCKED);
        }
        Sanctions.checkNotMuted(h, room.id(), who.userId(), now);
    }

    private static boolean isModerator(Principal who, RoomRow room) {
        return Permissions.allowsInRoom(RemoveMessage.class, who.role(), RoomAccess.roleIn(room));
    }
}
