package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a report stands. */
public enum ReportStatus implements WireEnum {
    @JsonProperty("open") OPEN,
    /** A leader acted on it. */
    @JsonProperty("actioned") ACTIONED,
    /** A leader looked and decided no action was needed. */
    @JsonProperty("dismissed") DISMISSED;

    public static ReportStatus fromWireName(String name) {
        return WireEnum.fromWireName(ReportStatus.class, name);
    }
}
