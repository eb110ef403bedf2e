package org.kinship.protocol;

/** Your request to join a closed room was answered. */
public record JoinDecided(
        long roomId,       // the room
        boolean approved   // true: you are now a member
) implements ServerMessage {
}
