package org.kinship.protocol;

/** A room as listed to one person. */
public record RoomInfo(
        long id,         // stable room id
        String name,     // display name
        String topic,    // one-line purpose, may be empty
        boolean joined,  // whether the asking person is a member
        long lastSeq,    // seq of the newest message, 0 when empty
        long lastRev,    // newest change (message, edit or delete) in the room
        RoomRole myRole, // the asking person's role in the room; absent when not a member
        Sanction mute,   // in rooms.list: a mute in force on the asking person here, so a reconnecting client knows
        Sanction ban,    // in rooms.list: a ban in force on the asking person here (they see the room but cannot join)
        RoomSettings settings,        // how the room is run
        Integer guidelinesAccepted,   // the guidelines version the asking member accepted; absent when not a member
        Boolean joinPending           // true while the asking person's request to join this closed room waits
) {
}
