package org.kinship.protocol;

/** A room's name, topic or settings changed; sent to everyone online so lists and rooms update. */
public record RoomUpdated(
        long roomId,            // the room
        String name,            // its name now
        String topic,           // its topic now
        RoomSettings settings   // its settings now
) implements ServerMessage {
}
