package org.kinship.server.store;

/** The organisation's settings as stored. */
public record OrgSettingsRow(boolean participantDirectMessages, boolean supervisorReview, int quietAfterDays,
                             int coachCapacity, Integer retentionDays, String erasure) {
}
