package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's role in one room. */
public enum RoomRole {
    @JsonProperty("leader") LEADER,
    @JsonProperty("co_leader") CO_LEADER,
    @JsonProperty("member") MEMBER,
    @JsonProperty("observer") OBSERVER;

    /** The name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RoomRole fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
