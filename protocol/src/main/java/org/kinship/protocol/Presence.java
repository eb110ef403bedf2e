package org.kinship.protocol;

/** A member of one of your rooms came online (first connection) or went offline (last connection closed). */
public record Presence(
        long userId,    // the person
        String handle,  // their handle
        boolean online  // their new state
) implements ServerMessage {
}
