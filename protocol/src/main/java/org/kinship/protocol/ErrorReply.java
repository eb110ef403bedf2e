package org.kinship.protocol;

/** A refused request. {@code id} is absent only when the request could not be read at all. */
public record ErrorReply(
        String id,          // the request id, when it could be read
        ErrorCode code,     // stable snake_case code to branch on
        String message,     // human explanation, safe to show
        Long retryAfterMs   // for rate_limited and busy: when to try again; otherwise absent
) implements ServerMessage {
}
