package org.kinship.protocol;

/** A room was created; sent to everyone online so room lists update. */
public record RoomCreated(
        RoomInfo room // the new room, as seen by someone who has not joined it
) implements ServerMessage {
}
