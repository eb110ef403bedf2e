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
    @JsonSubTypes.Type(value = UsersResult.class, name = "users"),
    @JsonSubTypes.Type(value = SanctionResult.class, name = "sanction"),
    @JsonSubTypes.Type(value = SanctionsResult.class, name = "sanctions"),
    @JsonSubTypes.Type(value = ReportsResult.class, name = "reports"),
    @JsonSubTypes.Type(value = AuditResult.class, name = "audit"),
    @JsonSubTypes.Type(value = JoinRequestsResult.class, name = "joinRequests"),
    @JsonSubTypes.Type(value = WordsResult.class, name = "words"),
    @JsonSubTypes.Type(value = BlocksResult.class, name = "blocks"),
    @JsonSubTypes.Type(value = ProfileResult.class, name = "profile"),
    @JsonSubTypes.Type(value = InvitesResult.class, name = "invites"),
    @JsonSubTypes.Type(value = SessionsResult.class, name = "sessions"),
    @JsonSubTypes.Type(value = MySanctionsResult.class, name = "mySanctions"),
    @JsonSubTypes.Type(value = PasswordResetResult.class, name = "passwordReset"),
    @JsonSubTypes.Type(value = ResourcesResult.class, name = "resources"),
    @JsonSubTypes.Type(value = DutyResult.class, name = "duty"),
    @JsonSubTypes.Type(value = SupportResult.class, name = "support"),
    @JsonSubTypes.Type(value = SupportAlertsResult.class, name = "supportAlerts"),
    @JsonSubTypes.Type(value = RiskPhrasesResult.class, name = "riskPhrases"),
    @JsonSubTypes.Type(value = OrgSettingsResult.class, name = "orgSettings"),
    @JsonSubTypes.Type(value = ConversationsResult.class, name = "conversations"),
    @JsonSubTypes.Type(value = ConversationResult.class, name = "conversation"),
    @JsonSubTypes.Type(value = ConversationHistoryResult.class, name = "conversationHistory"),
    @JsonSubTypes.Type(value = ConversationMessageResult.class, name = "conversationMessage"),
    @JsonSubTypes.Type(value = CoachingResult.class, name = "coaching"),
    @JsonSubTypes.Type(value = CoachRequestsResult.class, name = "coachRequests"),
    @JsonSubTypes.Type(value = CaseloadResult.class, name = "caseload"),
    @JsonSubTypes.Type(value = CheckinResult.class, name = "checkin"),
    @JsonSubTypes.Type(value = CheckinsResult.class, name = "checkins"),
    @JsonSubTypes.Type(value = RecoveryResult.class, name = "recovery"),
    @JsonSubTypes.Type(value = ReferralResult.class, name = "referral"),
    @JsonSubTypes.Type(value = ReferralsResult.class, name = "referrals"),
})
public sealed interface Result
        permits RoomsResult, RoomResult, MembersResult, ResumeResult, HistoryResult, MessageResult, InviteResult,
                UsersResult, SanctionResult, SanctionsResult, ReportsResult, AuditResult,
                JoinRequestsResult, WordsResult, BlocksResult, ProfileResult, InvitesResult, SessionsResult, MySanctionsResult, PasswordResetResult,
                ResourcesResult, DutyResult, SupportResult, SupportAlertsResult, RiskPhrasesResult,
                OrgSettingsResult,
                ConversationsResult, ConversationResult, ConversationHistoryResult, ConversationMessageResult, CoachingResult, CoachRequestsResult, CaseloadResult,
                CheckinResult, CheckinsResult, RecoveryResult, ReferralResult, ReferralsResult {
}
