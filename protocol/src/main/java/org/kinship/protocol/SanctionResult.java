package org.kinship.protocol;

/** Reply to {@link ApplySanction} and {@link LiftSanction}. */
public record SanctionResult(
        Sanction sanction // the sanction as stored
) implements Result {
}
