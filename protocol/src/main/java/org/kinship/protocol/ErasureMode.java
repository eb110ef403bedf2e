package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to a person's messages when they delete their account. */
public enum ErasureMode {
    /** Each message stays in place as a "former member" tombstone without its text, so threads still read in order. */
    @JsonProperty("tombstone") TOMBSTONE,
    /** Each message is removed entirely. */
    @JsonProperty("remove") REMOVE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ErasureMode fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
