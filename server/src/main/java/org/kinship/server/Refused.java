package org.kinship.server;

import org.kinship.protocol.ErrorCode;

/**
 * A request the rules turn down. Services throw it; the edge turns it into an error reply with
 * its stable code. It is an expected outcome, so it carries no stack trace.
 */
public final class Refused extends RuntimeException {
    private final ErrorCode code;

    public Refused(ErrorCode code) {
        this(code, code.defaultMessage());
    }

    public Refused(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
