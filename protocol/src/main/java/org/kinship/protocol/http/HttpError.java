package org.kinship.protocol.http;

import org.kinship.protocol.ErrorCode;

/** Body of every failed HTTP API call. */
public record HttpError(
        ErrorCode code,  // stable snake_case code
        String message   // human explanation, safe to show
) {
}
