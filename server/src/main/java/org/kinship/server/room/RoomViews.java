package org.kinship.server.room;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.kinship.protocol.RoomInfo;
import org.kinship.protocol.RoomRole;
import org.kinship.protocol.RoomSettings;
import org.kinship.protocol.RoomUnattended;
import org.kinship.protocol.RoomVisibility;
import org.kinship.protocol.Sanction;
import org.kinship.server.store.Daos;
import org.kinship.server.store.MessageDao;
import org.kinship.server.store.RoomDao;
import org.kinship.server.store.RoomRow;

/** Rooms as the wire shows them: to the person asking, or (for broadcasts) to nobody in particular. */
public final class RoomViews {
    private RoomViews() {
    }

    /** The room as one person sees it, read inside the caller's transaction. */
    public static RoomInfo load(Handle h, long roomId, long userId) {
        RoomRow row = Daos.of(h, RoomDao.class).find(roomId, userId).orElseThrow();
        return personal(row, Daos.of(h, MessageDao.class).pinsOf(roomId), null, null);
    }

    /** With the asking person's role, accepted guidelines, pending request, and a mute or ban in force. */
    public static RoomInfo personal(RoomRow row, List<Long> pinned, Sanction mute, Sanction ban) {
        RoomRole myRole = row.myRole() == null ? null : RoomRole.fromWireName(row.myRole());
        return new RoomInfo(row.id(), row.name(), row.topic(), myRole != null, row.lastSeq(), row.lastRev(), myRole, mute, ban,
                settings(row, pinned), row.guidelinesAccepted(), row.joinPending() ? Boolean.TRUE : null);
    }

    /** Without anything about a particular person, for events everyone receives. */
    public static RoomInfo shared(RoomRow row, List<Long> pinned) {
        return new RoomInfo(row.id(), row.name(), row.topic(), false, row.lastSeq(), row.lastRev(), null, null, null,
                settings(row, pinned), null, null);
    }

    public static RoomSettings settings(RoomRow row, List<Long> pinned) {
        return new RoomSettings(RoomVisibility.fromWireName(row.visibility()), row.guidelines(), row.guidelinesVersion(),
                row.locked(), row.slowModeSeconds(), row.archived(), List.copyOf(pinned),
                RoomUnattended.fromWireName(row.unattended()), row.retentionDays());
    }
}
