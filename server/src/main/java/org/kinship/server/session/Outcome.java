package org.kinship.server.session;

import org.kinship.protocol.Result;

/** What a handler produced: a result for the dispatcher to send, or word that it already replied. */
public sealed interface Outcome permits Outcome.Reply, Outcome.AlreadyReplied {
    /** Ok with this result; {@code result} is null for requests that return nothing. */
    record Reply(Result result) implements Outcome {
    }

    /** The handler sent its reply itself, because it had to go out before some event (see resume). */
    record AlreadyReplied() implements Outcome {
    }

    public static Outcome of(Result result) {
        return new Reply(result);
    }

    public static Outcome empty() {
        return new Reply(null);
    }

    public static Outcome alreadyReplied() {
        return new AlreadyReplied();
    }
}
