package org.kinship.protocol;

/** Reply to {@link CreateRoom} and {@link JoinRoom}. */
public record RoomResult(
        RoomInfo room // the room as the asking person now sees it
) implements Result {
}
