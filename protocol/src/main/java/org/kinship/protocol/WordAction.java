package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to a message that contains a word on the organisation's list. */
public enum WordAction implements WireEnum {
    /** Not sent; the sender is told why. */
    @JsonProperty("block") BLOCK,
    /** Sent as normal, and flagged to the room's leaders as a report. */
    @JsonProperty("flag") FLAG;

    public static WordAction fromWireName(String name) {
        return WireEnum.fromWireName(WordAction.class, name);
    }
}
