package org.kinship.protocol;

/** A person recorded a check-in; sent to them and to their coach. */
public record CheckinRecorded(
        long userId,      // whose
        String handle,    // their handle
        Checkin checkin   // the check-in as stored
) implements ServerMessage {
}
