package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a report stands. */
public enum ReportStatus {
    @JsonProperty("open") OPEN,
    /** A leader acted on it. */
    @JsonProperty("actioned") ACTIONED,
    /** A leader looked and decided no action was needed. */
    @JsonProperty("dismissed") DISMISSED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ReportStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
