package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a room does while nobody is on duty (the duty roster is empty). */
public enum RoomUnattended implements WireEnum {
    /** Nothing changes. */
    @JsonProperty("open") OPEN,
    /** Slow mode of at least {@code 60} seconds applies to everyone but the room's moderators. */
    @JsonProperty("slow") SLOW,
    /** Only the room's moderators may post; others are pointed to the resource directory. */
    @JsonProperty("lock") LOCK;

    public static RoomUnattended fromWireName(String name) {
        return WireEnum.fromWireName(RoomUnattended.class, name);
    }
}
