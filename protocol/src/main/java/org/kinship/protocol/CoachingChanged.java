package org.kinship.protocol;

/** The recipient's coaching changed: a coach was assigned, handed over or ended. */
public record CoachingChanged(
        Coaching coaching // as the participant now sees it
) implements ServerMessage {
}
