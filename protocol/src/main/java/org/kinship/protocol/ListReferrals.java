package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Referrals, newest first, with the counts by kind (staff). Reply: {@link ReferralsResult}. */
public record ListReferrals(
        @JsonProperty(required = true) String id, // request id
        ReferralStatus status                     // only these; absent: open
) implements ClientMessage {
}
