package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's role in the organisation. */
public enum OrgRole {
    @JsonProperty("participant") PARTICIPANT,
    @JsonProperty("peer_leader") PEER_LEADER,
    @JsonProperty("supervisor") SUPERVISOR,
    @JsonProperty("admin") ADMIN;

    /** The name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static OrgRole fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
