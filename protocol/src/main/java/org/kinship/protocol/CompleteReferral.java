package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A supervisor or admin marks a referral done. Reply: {@link ReferralResult}. */
public record CompleteReferral(
        @JsonProperty(required = true) String id,         // request id
        @JsonProperty(required = true) long referralId,   // the referral
        String note                                       // what was done, up to 500 characters; staff only
) implements ClientMessage {
}
