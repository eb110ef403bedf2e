package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a referral stands. */
public enum ReferralStatus implements WireEnum {
    @JsonProperty("open") OPEN,
    /** A supervisor or admin marked it done. */
    @JsonProperty("done") DONE
}
