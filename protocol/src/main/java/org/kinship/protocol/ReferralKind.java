package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a coach refers someone: coaches do not diagnose or advise on medication, professionals do. */
public enum ReferralKind implements WireEnum {
    @JsonProperty("supervisor") SUPERVISOR,
    @JsonProperty("clinician") CLINICIAN,
    @JsonProperty("housing") HOUSING,
    @JsonProperty("employment") EMPLOYMENT,
    @JsonProperty("other") OTHER;

    public static ReferralKind fromWireName(String name) {
        return WireEnum.fromWireName(ReferralKind.class, name);
    }
}
