package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who turned a message into a tombstone. */
public enum DeletedBy implements WireEnum {
    /** The person who wrote it. */
    @JsonProperty("author") AUTHOR,
    /** A room leader (or supervisor), with a reason recorded in the audit trail. */
    @JsonProperty("leader") LEADER;

    public static DeletedBy fromWireName(String name) {
        return WireEnum.fromWireName(DeletedBy.class, name);
    }
}
