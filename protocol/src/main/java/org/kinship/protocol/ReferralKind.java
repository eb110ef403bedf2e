package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a coach refers someone: coaches do not diagnose or advise on medication, professionals do. */
public enum ReferralKind {
    @JsonProperty("supervisor") SUPERVISOR,
    @JsonProperty("clinician") CLINICIAN,
    @JsonProperty("housing") HOUSING,
    @JsonProperty("employment") EMPLOYMENT,
    @JsonProperty("other") OTHER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReferralKind fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
