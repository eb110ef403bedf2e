package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who turned a message into a tombstone. */
public enum DeletedBy {
    /** The person who wrote it. */
    @JsonProperty("author") AUTHOR,
    /** A room leader (or supervisor), with a reason recorded in the audit trail. */
    @JsonProperty("leader") LEADER
}
