package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to a person's messages when they delete their account. */
public enum ErasureMode implements WireEnum {
    /** Each message stays in place as a "former member" tombstone without its text, so threads still read in order. */
    @JsonProperty("tombstone") TOMBSTONE,
    /** Each message is removed entirely. */
    @JsonProperty("remove") REMOVE;

    public static ErasureMode fromWireName(String name) {
        return WireEnum.fromWireName(ErasureMode.class, name);
    }
}
