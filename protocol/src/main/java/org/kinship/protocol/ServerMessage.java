package org.kinship.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Anything the server sends: a reply ({@code ok} or {@code error}, with the request id) or an event (no id). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Ok.class, name = "ok"),
    @JsonSubTypes.Type(value = ErrorReply.class, name = "error"),
    @JsonSubTypes.Type(value = Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = MessageNew.class, name = "message.new"),
    @JsonSubTypes.Type(value = MessageUpdated.class, name = "message.updated"),
    @JsonSubTypes.Type(value = MemberJoined.class, name = "member.joined"),
    @JsonSubTypes.Type(value = MemberLeft.class, name = "member.left"),
    @JsonSubTypes.Type(value = Presence.class, name = "presence"),
    @JsonSubTypes.Type(value = TypingEvent.class, name = "typing"),
    @JsonSubTypes.Type(value = RoomCreated.class, name = "room.created"),
    @JsonSubTypes.Type(value = MemberUpdated.class, name = "member.updated"),
    @JsonSubTypes.Type(value = SanctionApplied.class, name = "sanction.applied"),
    @JsonSubTypes.Type(value = SanctionLifted.class, name = "sanction.lifted"),
    @JsonSubTypes.Type(value = ReportNew.class, name = "report.new"),
    @JsonSubTypes.Type(value = ReportHandled.class, name = "report.handled"),
    @JsonSubTypes.Type(value = ReportResolved.class, name = "report.resolved"),
    @JsonSubTypes.Type(value = RoomUpdated.class, name = "room.updated"),
    @JsonSubTypes.Type(value = JoinRequested.class, name = "join.requested"),
    @JsonSubTypes.Type(value = JoinDecided.class, name = "join.decided"),
    @JsonSubTypes.Type(value = DutyChanged.class, name = "duty.changed"),
    @JsonSubTypes.Type(value = SupportAlertRaised.class, name = "support.alert"),
    @JsonSubTypes.Type(value = SupportAlertUpdated.class, name = "support.updated"),
    @JsonSubTypes.Type(value = SupportOffered.class, name = "support.offered"),
    @JsonSubTypes.Type(value = OrgSettingsChanged.class, name = "org.settings.changed"),
    @JsonSubTypes.Type(value = ConversationMessageNew.class, name = "conversation.message"),
    @JsonSubTypes.Type(value = ConversationMessageUpdated.class, name = "conversation.message.updated"),
    @JsonSubTypes.Type(value = ConversationReceipt.class, name = "conversation.receipt"),
    @JsonSubTypes.Type(value = ConversationTypingEvent.class, name = "conversation.typing"),
    @JsonSubTypes.Type(value = ConversationsChanged.class, name = "conversations.changed"),
    @JsonSubTypes.Type(value = CoachingChanged.class, name = "coaching.changed"),
    @JsonSubTypes.Type(value = CaseloadChanged.class, name = "caseload.changed"),
    @JsonSubTypes.Type(value = CoachRequestsChanged.class, name = "coach.requests.changed"),
    @JsonSubTypes.Type(value = CheckinRecorded.class, name = "checkin.recorded"),
    @JsonSubTypes.Type(value = MilestoneReached.class, name = "milestone.reached"),
    @JsonSubTypes.Type(value = ReferralNew.class, name = "referral.new"),
    @JsonSubTypes.Type(value = ReferralUpdated.class, name = "referral.updated"),
})
public sealed interface ServerMessage
        permits Ok, ErrorReply, Welcome, MessageNew, MessageUpdated, MemberJoined, MemberLeft,
                Presence, TypingEvent, RoomCreated, MemberUpdated, SanctionApplied, SanctionLifted, ReportNew, ReportHandled, ReportResolved, RoomUpdated, JoinRequested, JoinDecided,
                DutyChanged, SupportAlertRaised, SupportAlertUpdated, SupportOffered,
                OrgSettingsChanged,
                ConversationMessageNew, ConversationMessageUpdated, ConversationReceipt, ConversationTypingEvent, ConversationsChanged, CoachingChanged, CaseloadChanged, CoachRequestsChanged,
                CheckinRecorded, MilestoneReached, ReferralNew, ReferralUpdated {
}
