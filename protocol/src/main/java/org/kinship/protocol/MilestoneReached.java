package org.kinship.protocol;

/** Someone who chose to share milestones reached one; sent to their rooms. Never carries the date. */
public record MilestoneReached(
        long userId,     // who
        String handle,   // their handle
        int days,        // days in recovery at the milestone
        String label     // the milestone in words, e.g. "90 days" or "1 year"
) implements ServerMessage {
}
