package org.kinship.protocol;

/** Reply to {@link GetCoaching}, {@link RequestCoach}, {@link ShareCoachingHistory}, {@link AssignCoach} and {@link EndCoaching}. */
public record CoachingResult(
        long participantId,    // whose coaching
        Coaching coaching      // as the participant sees it
) implements Result {
}
