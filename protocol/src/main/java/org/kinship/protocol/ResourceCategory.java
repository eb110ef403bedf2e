package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of help in the organisation's resource directory. */
public enum ResourceCategory {
    @JsonProperty("crisis") CRISIS,
    @JsonProperty("treatment") TREATMENT,
    @JsonProperty("housing") HOUSING,
    @JsonProperty("employment") EMPLOYMENT,
    @JsonProperty("harm_reduction") HARM_REDUCTION,
    @JsonProperty("other") OTHER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ResourceCategory fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
