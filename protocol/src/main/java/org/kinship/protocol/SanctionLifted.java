package org.kinship.protocol;

/** A mute or ban ended, early or at its time: sent to the person and to the room's leaders. */
public record SanctionLifted(
        Sanction sanction // the sanction, with liftedAt set
) implements ServerMessage {
}
