package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The payload of a successful reply; {@code kind} names its shape so a client can decode it alone. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RoomsResult.class, name = "rooms"),
    @JsonSubTypes.Type(value = RoomResult.class, name = "room"),
    @JsonSubTypes.Type(value = MembersResult.class, name = "members"),
    @JsonSubTypes.Type(value = ResumeResult.class, name = "resume"),
    @JsonSubTypes.Type(value = HistoryResult.class, name = "history"),
    @JsonSubTypes.Type(value = MessageResult.class, name = "message"),
    @JsonSubTypes.Type(value = InviteResult.class, name = "invite"),
})
public sealed interface Result
        permits RoomsResult, RoomResult, MembersResult, ResumeResult, HistoryResult, MessageResult, InviteResult {
}
