package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may join a room. */
public enum RoomVisibility {
    /** Anyone in the organisation may join. */
    @JsonProperty("open") OPEN,
    /** Joining is a request that a leader approves. */
    @JsonProperty("closed") CLOSED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RoomVisibility fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
