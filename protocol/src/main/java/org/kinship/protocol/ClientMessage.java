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
    @JsonSubTypes.Type(value = ListUsers.class, name = "users.list"),
    @JsonSubTypes.Type(value = SetOrgRole.class, name = "user.role.set"),
    @JsonSubTypes.Type(value = SetRoomRole.class, name = "room.role.set"),
    @JsonSubTypes.Type(value = ApplySanction.class, name = "sanction.apply"),
    @JsonSubTypes.Type(value = LiftSanction.class, name = "sanction.lift"),
    @JsonSubTypes.Type(value = ListSanctions.class, name = "sanctions.list"),
    @JsonSubTypes.Type(value = RemoveMessage.class, name = "message.remove"),
    @JsonSubTypes.Type(value = CreateReport.class, name = "report.create"),
    @JsonSubTypes.Type(value = ListReports.class, name = "reports.list"),
    @JsonSubTypes.Type(value = ResolveReport.class, name = "report.resolve"),
    @JsonSubTypes.Type(value = ListAudit.class, name = "audit.list"),
    @JsonSubTypes.Type(value = UpdateRoom.class, name = "room.update"),
    @JsonSubTypes.Type(value = AcceptGuidelines.class, name = "room.guidelines.accept"),
    @JsonSubTypes.Type(value = ListJoinRequests.class, name = "room.requests.list"),
    @JsonSubTypes.Type(value = DecideJoinRequest.class, name = "room.request.decide"),
    @JsonSubTypes.Type(value = PinMessage.class, name = "message.pin"),
    @JsonSubTypes.Type(value = ListWords.class, name = "words.list"),
    @JsonSubTypes.Type(value = SetWords.class, name = "words.set"),
    @JsonSubTypes.Type(value = BlockUser.class, name = "user.block"),
    @JsonSubTypes.Type(value = UnblockUser.class, name = "user.unblock"),
    @JsonSubTypes.Type(value = ListBlocks.class, name = "blocks.list"),
    @JsonSubTypes.Type(value = GetProfile.class, name = "user.profile.get"),
    @JsonSubTypes.Type(value = SetProfile.class, name = "user.profile.set"),
    @JsonSubTypes.Type(value = ListInvites.class, name = "invites.list"),
    @JsonSubTypes.Type(value = RevokeInvite.class, name = "invite.revoke"),
    @JsonSubTypes.Type(value = ListSessions.class, name = "sessions.list"),
    @JsonSubTypes.Type(value = EndSession.class, name = "session.end"),
    @JsonSubTypes.Type(value = ListMySanctions.class, name = "sanctions.mine"),
    @JsonSubTypes.Type(value = SetUserDisabled.class, name = "user.disabled.set"),
    @JsonSubTypes.Type(value = EndUserSessions.class, name = "user.sessions.end"),
    @JsonSubTypes.Type(value = CreatePasswordReset.class, name = "user.reset.create"),
    @JsonSubTypes.Type(value = ListResources.class, name = "resources.list"),
    @JsonSubTypes.Type(value = SetResources.class, name = "resources.set"),
    @JsonSubTypes.Type(value = SetDuty.class, name = "duty.set"),
    @JsonSubTypes.Type(value = ListDuty.class, name = "duty.list"),
    @JsonSubTypes.Type(value = RequestSupport.class, name = "support.request"),
    @JsonSubTypes.Type(value = AcknowledgeSupport.class, name = "support.ack"),
    @JsonSubTypes.Type(value = CloseSupport.class, name = "support.close"),
    @JsonSubTypes.Type(value = ListSupport.class, name = "support.list"),
    @JsonSubTypes.Type(value = ListRiskPhrases.class, name = "risks.list"),
    @JsonSubTypes.Type(value = SetRiskPhrases.class, name = "risks.set"),
    @JsonSubTypes.Type(value = GetOrgSettings.class, name = "org.settings.get"),
    @JsonSubTypes.Type(value = SetOrgSettings.class, name = "org.settings.set"),
})
public sealed interface ClientMessage
        permits ListRooms, CreateRoom, JoinRoom, LeaveRoom, ListMembers, Resume, History,
                SendMessage, EditMessage, DeleteMessage, Typing, CreateInvite,
                ListUsers, SetOrgRole, SetRoomRole, ApplySanction, LiftSanction, ListSanctions, RemoveMessage,
                CreateReport, ListReports, ResolveReport, ListAudit,
                UpdateRoom, AcceptGuidelines, ListJoinRequests, DecideJoinRequest, PinMessage, ListWords, SetWords,
                BlockUser, UnblockUser, ListBlocks, GetProfile, SetProfile, ListInvites, RevokeInvite, ListSessions, EndSession, ListMySanctions, SetUserDisabled, EndUserSessions, CreatePasswordReset,
                ListResources, SetResources, SetDuty, ListDuty, RequestSupport, AcknowledgeSupport, CloseSupport,
                ListSupport, ListRiskPhrases, SetRiskPhrases,
                GetOrgSettings, SetOrgSettings {

    /** The client's request id, echoed by the reply. */
    String id();
}
