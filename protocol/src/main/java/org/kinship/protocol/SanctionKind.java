package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The steps of the sanction ladder, mildest first. */
public enum SanctionKind implements WireEnum {
    /** A private word from a leader; changes nothing else. */
    @JsonProperty("warning") WARNING,
    /** May read but not post in the room, for a time or until lifted. */
    @JsonProperty("mute") MUTE,
    /** Taken out of the room; may join again. */
    @JsonProperty("remove") REMOVE,
    /** Taken out and kept out, for a time or for good. */
    @JsonProperty("ban") BAN;

    public static SanctionKind fromWireName(String name) {
        return WireEnum.fromWireName(SanctionKind.class, name);
    }
}
