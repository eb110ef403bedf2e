package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A request from a client. Every request carries an {@code id} that its single reply echoes. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ListRooms.class, name = "rooms.list"),
    @JsonSubTypes.Type(value = CreateRoom.class, name = "room.create"),
    @JsonSubTypes.Type(value = JoinRoom.class, name = "room.join"),
    @JsonSubTypes.Type(value = LeaveRoom.class, name = "room.leave"),
    @JsonSubTypes.Type(value = ListMembers.class, name = "room.members"),
    @JsonSubTypes.Type(value = Resume.class, name = "resume"),
    @JsonSubTypes.Type(value = History.class, name = "history"),
    @JsonSubTypes.Type(value = SendMessage.class, name = "message.send"),
    @JsonSubTypes.Type(value = EditMessage.class, name = "message.edit"),
    @JsonSubTypes.Type(value = DeleteMessage.class, name = "message.delete"),
    @JsonSubTypes.Type(value = Typing.class, name = "typing"),
    @JsonSubTypes.Type(value = CreateInvite.class, name = "invite.create"),
})
public sealed interface ClientMessage
        permits ListRooms, CreateRoom, JoinRoom, LeaveRoom, ListMembers, Resume, History,
                SendMessage, EditMessage, DeleteMessage, Typing, CreateInvite {

    /** The client's request id, echoed by the reply. */
    String id();
}
