package org.kinship.protocol;

import java.time.Instant;

/** Reply to {@link CreatePasswordReset}. The code is shown once; the server keeps only its hash. */
public record PasswordResetResult(
        String code,        // the single-use code to hand to the person
        Instant expiresAt   // when it stops working (UTC), 24 hours on
) implements Result {
}
