package org.kinship.protocol;

import java.util.List;

/** How a room is run; leaders change it with {@link UpdateRoom}. */
public record RoomSettings(
        RoomVisibility visibility,  // open, or closed (joining needs a leader's approval)
        String guidelines,          // shown on first join; members accept them before posting; may be empty
        int guidelinesVersion,      // bumped whenever the guidelines change; 0 when there are none
        boolean locked,             // read-only for everyone but the room's moderators
        int slowModeSeconds,        // least time between one member's messages; 0 for off; moderators exempt
        boolean archived,           // read-only for everyone and hidden from the room list
        List<Long> pinned,          // seqs of pinned messages, oldest pin first
        RoomUnattended unattended,  // what happens while nobody is on duty: open, slow or lock
        Integer retentionDays       // messages older than this many days are deleted; absent: the organisation's default
) {
}
