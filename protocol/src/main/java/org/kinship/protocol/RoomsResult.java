package org.kinship.protocol;

import java.util.List;

/** Reply to {@link ListRooms}. */
public record RoomsResult(
        List<RoomInfo> rooms // every room this person may see, by name
) implements Result {
}
