package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A coach (or supervisor, admin) refers a participant to a professional or service. Reply: {@link ReferralResult}. */
public record CreateReferral(
        @JsonProperty(required = true) String id,            // request id
        @JsonProperty(required = true) long participantId,   // who is referred
        @JsonProperty(required = true) ReferralKind kind,    // to whom
        @JsonProperty(required = true) String note           // what for, 1 to 500 characters; staff only
) implements ClientMessage {
}
