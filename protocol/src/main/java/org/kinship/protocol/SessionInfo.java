package org.kinship.protocol;

import java.time.Instant;

/** One of your sign-ins, so you can recognise it and end it. */
public record SessionInfo(
        String sessionId,    // stable id for ending it; not the token
        Instant createdAt,   // when you signed in (UTC)
        Instant lastSeenAt,  // when it was last used, to the hour (UTC)
        String agent,        // the browser or app it came from, in short
        boolean current      // true for the sign-in this connection uses
) {
}
