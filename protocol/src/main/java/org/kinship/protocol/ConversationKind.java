package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a private conversation is for. */
public enum ConversationKind implements WireEnum {
    /** A participant and their coach; read by whoever coaches them now, as the participant allows. */
    @JsonProperty("coaching") COACHING,
    /** Two people writing one to one. */
    @JsonProperty("direct") DIRECT;

    public static ConversationKind fromWireName(String name) {
        return WireEnum.fromWireName(ConversationKind.class, name);
    }
}
