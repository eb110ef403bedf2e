package org.kinship.server;

import org.kinship.protocol.ErrorCode;

/**
 * A request the rules turn down. Services throw it; the edge turns it into an error reply with
 * its stable code. It is an expected outcome, so it carries no stack trace.
 */
public final class Refused extends RuntimeException {
    private final ErrorCode code;
    private final Long retryAfterMs;

    public Refused(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    public Refused(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** A refusal that passes with time, such as slow mode: the client may try again after {@code retryAfterMs}. */
    public Refused(ErrorCode code, String message, Long retryAfterMs) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfterMs = retryAfterMs;
    }

    public ErrorCode code() {
        return code;
    }

    /** Milliseconds until a retry may succeed; null when waiting will not help. */
    public Long retryAfterMs() {
        return retryAfterMs;
    }
}
