package org.kinship.protocol;

/** A successful reply. */
public record Ok(
        String id,     // the request id
        Result result  // the payload; absent for requests that return nothing
) implements ServerMessage {
}
