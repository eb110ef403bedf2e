package org.kinship.protocol;

import java.time.Instant;

/** A referral to a professional or service, as staff see it; participants never receive one. */
public record Referral(
        long id,                   // stable referral id
        long participantId,        // who is referred
        String participantHandle,  // their handle
        ReferralKind kind,         // to whom
        String note,               // what for, in the coach's words
        ReferralStatus status,     // open or done
        String createdByHandle,    // who made it
        Instant createdAt,         // when (UTC)
        String doneByHandle,       // who marked it done; absent while open
        Instant doneAt,            // when; absent while open
        String doneNote            // what was done; absent when none
) {
}
