package org.kinship.protocol;

import java.time.Instant;

/** One private conversation as one of its two people (or a reviewing supervisor) sees it. */
public record Conversation(
        long id,                  // stable conversation id
        ConversationKind kind,    // coaching or direct
        Long participantId,       // coaching: the participant it belongs to; absent for direct
        Long withUserId,          // the other person: for the participant their coach (absent while they have none)
        String withHandle,        // the other person's handle, with withUserId
        long lastSeq,             // newest seq
        long lastRev,             // newest rev
        long fromSeq,             // the first seq this person may read (1: all of it)
        long readSeq,             // how far this person has read
        long otherReadSeq,        // how far the other person has read (read receipts)
        int unread,               // messages from the other person after readSeq, not deleted
        Instant lastMessageAt,    // when the newest message this person may read was sent; absent when none
        boolean readOnly          // true: this person may read but not write (e.g. no coach at the moment)
) {
}
