package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may join a room. */
public enum RoomVisibility implements WireEnum {
    /** Anyone in the organisation may join. */
    @JsonProperty("open") OPEN,
    /** Joining is a request that a leader approves. */
    @JsonProperty("closed") CLOSED;

    public static RoomVisibility fromWireName(String name) {
        return WireEnum.fromWireName(RoomVisibility.class, name);
    }
}
