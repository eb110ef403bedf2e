package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person's role in the organisation. */
public enum OrgRole implements WireEnum {
    @JsonProperty("participant") PARTICIPANT,
    @JsonProperty("peer_leader") PEER_LEADER,
    @JsonProperty("supervisor") SUPERVISOR,
    @JsonProperty("admin") ADMIN;

    public static OrgRole fromWireName(String name) {
        return WireEnum.fromWireName(OrgRole.class, name);
    }
}
