package org.kinship.protocol;

/** A sanction was applied: sent to the person and to the room's leaders. */
public record SanctionApplied(
        Sanction sanction // what, why and until when
) implements ServerMessage {
}
