package org.kinship.protocol;

import java.time.Instant;

/** First message on every connection: who you are and the limits the server enforces. */
public record Welcome(
        UserInfo user,          // the signed-in person
        int protocolVersion,    // bumped on incompatible change
        Instant serverTime,     // the server's clock (UTC)
        int maxBodyChars,       // longest message body accepted
        int maxHistoryPage      // largest history page
) implements ServerMessage {
}
