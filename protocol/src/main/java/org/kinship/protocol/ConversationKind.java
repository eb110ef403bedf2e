package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a private conversation is for. */
public enum ConversationKind {
    /** A participant and their coach; read by whoever coaches them now, as the participant allows. */
    @JsonProperty("coaching") COACHING,
    /** Two people writing one to one. */
    @JsonProperty("direct") DIRECT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ConversationKind fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
