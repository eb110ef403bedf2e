package org.kinship.server.store;

/** A participant's open coach assignment. The coach reads seqs after startSeq, and before it only if historyShared. */
public record AssignmentRow(long id, long participantId, long coachId, String coachHandle, long startedAt, long startSeq,
                            boolean historyShared) {
    /** The first seq of the coaching conversation this coach may read. */
    public long fromSeq() {
        return historyShared ? 1 : startSeq + 1;
    }
}
