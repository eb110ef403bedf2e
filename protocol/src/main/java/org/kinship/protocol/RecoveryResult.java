package org.kinship.protocol;

/** Reply to {@link GetRecovery} and {@link SetRecovery}: only ever sent to the person themselves. */
public record RecoveryResult(
        String startDate,            // YYYY-MM-DD; absent when none is set
        Integer days,                // whole days since the start date; absent when none is set
        boolean announceMilestones,  // whether milestones are announced in their rooms
        Integer nextMilestone,       // the next milestone, in days since the start; absent when none is set
        String nextMilestoneLabel    // it in words, e.g. "90 days" or "1 year"; absent when none is set
) implements Result {
}
