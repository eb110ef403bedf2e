package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's role in one room. */
public enum RoomRole implements WireEnum {
    @JsonProperty("leader") LEADER,
    @JsonProperty("co_leader") CO_LEADER,
    @JsonProperty("member") MEMBER,
    @JsonProperty("observer") OBSERVER;

    public static RoomRole fromWireName(String name) {
        return WireEnum.fromWireName(RoomRole.class, name);
    }
}
