package org.kinship.protocol;

/** Named constructors for replies, so every reply is built the same way. */
public final class Replies {
    private Replies() {
    }

    public static Ok ok(String id) {
        return new Ok(id, null);
    }

    public static Ok ok(String id, Result result) {
        return new Ok(id, result);
    }

    public static ErrorReply error(String id, ErrorCode code) {
        return new ErrorReply(id, code, code.defaultMessage(), null);
    }

    public static ErrorReply error(String id, ErrorCode code, String message) {
        return new ErrorReply(id, code, message, null);
    }

    public static ErrorReply retryLater(String id, ErrorCode code, long retryAfterMs) {
        return new ErrorReply(id, code, code.defaultMessage(), retryAfterMs);
    }
}
