package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of help in the organisation's resource directory. */
public enum ResourceCategory implements WireEnum {
    @JsonProperty("crisis") CRISIS,
    @JsonProperty("treatment") TREATMENT,
    @JsonProperty("housing") HOUSING,
    @JsonProperty("employment") EMPLOYMENT,
    @JsonProperty("harm_reduction") HARM_REDUCTION,
    @JsonProperty("other") OTHER;

    public static ResourceCategory fromWireName(String name) {
        return WireEnum.fromWireName(ResourceCategory.class, name);
    }
}
