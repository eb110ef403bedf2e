package org.kinship.server.store;

/** One referral, with the handles of the people it names. */
public record ReferralRow(long id, long participantId, String participantHandle, long createdBy, String createdByHandle,
                          String kind, String note, long createdAt, String doneByHandle, Long doneAt, String doneNote) {
}
