package org.kinship.server.store;

/** A person's recovery start date and whether (and up to where) milestones are announced. */
public record RecoveryRow(long userId, String startDate, boolean announceMilestones, int lastAnnouncedDays,
                          long updatedAt) {
}
