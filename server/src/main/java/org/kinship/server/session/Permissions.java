package org.kinship.server.session;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kinship.protocol.*;

/**
 * The one table of who may send which request. Each row names the organisation roles allowed at all
 * and, for requests about one room, the room standing needed. The dispatcher checks the first part
 * before any handler runs; room services check the second inside their transaction (see RoomAccess).
 * A request type without a row is refused, and a test fails until the row is added.
 */
public final class Permissions {
    /** Organisation roles that oversee every room: they moderate without being members. */
    public static final Set<OrgRole> OVERSEERS = EnumSet.of(OrgRole.SUPERVISOR, OrgRole.ADMIN);
    private static final Set<OrgRole> EVERYONE = EnumSet.allOf(OrgRole.class);
    /** Peer leaders, supervisors and admins: those who support others, as opposed to participants. */
    public static final Set<OrgRole> STAFF = EnumSet.of(OrgRole.PEER_LEADER, OrgRole.SUPERVISOR, OrgRole.ADMIN);
    private static final Set<OrgRole> ADMINS = EnumSet.of(OrgRole.ADMIN);
    private static final Set<OrgRole> PARTICIPANTS = EnumSet.of(OrgRole.PARTICIPANT);

    /** What standing in the room a request needs. */
    public enum Scope {
        /** Not about one room. */
        ORGANISATION,
        /** Any member, observers included. */
        MEMBER,
        /** A member who may post: leader, co-leader or member. */
        POSTER,
        /** The room's leader or a co-leader, or an overseer. */
        MODERATOR,
        /** The room's leader, or an overseer. */
        LEADER
    }

    /**
     * One row: {@code orgRoles} may send it at all; {@code scope} is the room standing needed;
     * {@code orgWide} rows may leave the room out, which only overseers may do.
     */
    public record Rule(Set<OrgRole> orgRoles, Scope scope, boolean orgWide) {
        static Rule org(Set<OrgRole> roles) {
            return new Rule(roles, Scope.ORGANISATION, false);
        }

        static Rule room(Scope scope) {
            return new Rule(EVERYONE, scope, false);
        }

        static Rule roomOrOrgWide(Scope scope) {
            return new Rule(EVERYONE, scope, true);
        }
    }

    static final Map<Class<? extends ClientMessage>, Rule> TABLE = Map.ofEntries(
            Map.entry(ListRooms.class, Rule.org(EVERYONE)),
            Map.entry(CreateRoom.class, Rule.org(ADMINS)),
            Map.entry(JoinRoom.class, Rule.org(EVERYONE)),
            Map.entry(LeaveRoom.class, Rule.room(Scope.MEMBER)),
            Map.entry(ListMembers.class, Rule.room(Scope.MEMBER)),
            Map.entry(Resume.class, Rule.room(Scope.MEMBER)),
            Map.entry(History.class, Rule.room(Scope.MEMBER)),
            Map.entry(SendMessage.class, Rule.room(Scope.POSTER)),
            Map.entry(EditMessage.class, Rule.room(Scope.POSTER)),
            Map.entry(DeleteMessage.class, Rule.room(Scope.POSTER)),
            Map.entry(Typing.class, Rule.room(Scope.POSTER)),
            Map.entry(CreateInvite.class, Rule.org(ADMINS)),
            Map.entry(ListUsers.class, Rule.org(STAFF)),
            Map.entry(SetOrgRole.class, Rule.org(ADMINS)),
            Map.entry(SetRoomRole.class, Rule.room(Scope.LEADER)),
            Map.entry(ApplySanction.class, Rule.room(Scope.MODERATOR)),
            Map.entry(LiftSanction.class, Rule.room(Scope.MODERATOR)),
            Map.entry(ListSanctions.class, Rule.room(Scope.MODERATOR)),
            Map.entry(RemoveMessage.class, Rule.room(Scope.MODERATOR)),
            Map.entry(CreateReport.class, Rule.room(Scope.MEMBER)),
            Map.entry(ListReports.class, Rule.roomOrOrgWide(Scope.MODERATOR)),
            Map.entry(ResolveReport.class, Rule.room(Scope.MODERATOR)),
            Map.entry(ListAudit.class, Rule.roomOrOrgWide(Scope.MODERATOR)),
            Map.entry(UpdateRoom.class, Rule.room(Scope.MODERATOR)),
            Map.entry(AcceptGuidelines.class, Rule.room(Scope.MEMBER)),
            Map.entry(ListJoinRequests.class, Rule.room(Scope.MODERATOR)),
            Map.entry(DecideJoinRequest.class, Rule.room(Scope.MODERATOR)),
            Map.entry(PinMessage.class, Rule.room(Scope.MODERATOR)),
            Map.entry(ListWords.class, Rule.org(STAFF)),
            Map.entry(SetWords.class, Rule.org(ADMINS)),
            Map.entry(BlockUser.class, Rule.org(EVERYONE)),
            Map.entry(UnblockUser.class, Rule.org(EVERYONE)),
            Map.entry(ListBlocks.class, Rule.org(EVERYONE)),
            Map.entry(GetProfile.class, Rule.org(STAFF)),
            Map.entry(SetProfile.class, Rule.org(STAFF)),
            Map.entry(ListInvites.class, Rule.org(ADMINS)),
            Map.entry(RevokeInvite.class, Rule.org(ADMINS)),
            Map.entry(ListSessions.class, Rule.org(EVERYONE)),
            Map.entry(EndSession.class, Rule.org(EVERYONE)),
            Map.entry(ListMySanctions.class, Rule.org(EVERYONE)),
            Map.entry(SetUserDisabled.class, Rule.org(ADMINS)),
            Map.entry(EndUserSessions.class, Rule.org(ADMINS)),
            Map.entry(CreatePasswordReset.class, Rule.org(ADMINS)),
            Map.entry(ListResources.class, Rule.org(EVERYONE)),
            Map.entry(SetResources.class, Rule.org(ADMINS)),
            Map.entry(SetDuty.class, Rule.org(STAFF)),
            Map.entry(ListDuty.class, Rule.org(EVERYONE)),
            Map.entry(RequestSupport.class, Rule.org(EVERYONE)),
            Map.entry(AcknowledgeSupport.class, Rule.org(STAFF)),
            Map.entry(CloseSupport.class, Rule.org(STAFF)),
            Map.entry(ListSupport.class, Rule.org(STAFF)),
            Map.entry(ListRiskPhrases.class, Rule.org(STAFF)),
            Map.entry(SetRiskPhrases.class, Rule.org(ADMINS)),
            Map.entry(GetOrgSettings.class, Rule.org(EVERYONE)),
            Map.entry(SetOrgSettings.class, Rule.org(ADMINS)),
            // Check-ins and recovery dates: one's own; a coach's or supervisor's read is checked in CheckinService.
            Map.entry(RecordCheckin.class, Rule.org(EVERYONE)),
            Map.entry(ListCheckins.class, Rule.org(EVERYONE)),
            Map.entry(GetRecovery.class, Rule.org(EVERYONE)),
            Map.entry(SetRecovery.class, Rule.org(EVERYONE)),
            // Referrals: a peer leader only for their own coachees, checked in ReferralService.
            Map.entry(CreateReferral.class, Rule.org(STAFF)),
            Map.entry(ListReferrals.class, Rule.org(STAFF)),
            Map.entry(CompleteReferral.class, Rule.org(OVERSEERS)),
            // Private conversations: who is in each one is checked inside the transaction (ConversationAccess).
            Map.entry(ListConversations.class, Rule.org(EVERYONE)),
            Map.entry(OpenConversation.class, Rule.org(EVERYONE)),
            Map.entry(ConversationHistory.class, Rule.org(EVERYONE)),
            Map.entry(SendConversationMessage.class, Rule.org(EVERYONE)),
            Map.entry(EditConversationMessage.class, Rule.org(EVERYONE)),
            Map.entry(DeleteConversationMessage.class, Rule.org(EVERYONE)),
            Map.entry(MarkConversationRead.class, Rule.org(EVERYONE)),
            Map.entry(ConversationTyping.class, Rule.org(EVERYONE)),
            Map.entry(GetCoaching.class, Rule.org(EVERYONE)),
            Map.entry(RequestCoach.class, Rule.org(PARTICIPANTS)),
            Map.entry(ShareCoachingHistory.class, Rule.org(PARTICIPANTS)),
            Map.entry(ListCoachRequests.class, Rule.org(STAFF)),
            Map.entry(AcceptCoachRequest.class, Rule.org(STAFF)),
            Map.entry(AssignCoach.class, Rule.org(OVERSEERS)),
            Map.entry(EndCoaching.class, Rule.org(OVERSEERS)),
            Map.entry(ListCaseload.class, Rule.org(STAFF)),
            Map.entry(SetCoachCapacity.class, Rule.org(OVERSEERS)));

    private Permissions() {
    }

    public static Optional<Rule> ruleFor(Class<? extends ClientMessage> type) {
        return Optional.ofNullable(TABLE.get(type));
    }

    /** The organisation part: may this role send this type at all? */
    static boolean allowsOrgRole(Class<? extends ClientMessage> type, OrgRole role) {
        return ruleFor(type).map(rule -> rule.orgRoles().contains(role)).orElse(false);
    }

    /** The room part: may someone with this organisation role and room role (empty: not a member) act in the room? */
    public static boolean allowsInRoom(Class<? extends ClientMessage> type, OrgRole orgRole, Optional<RoomRole> roomRole) {
        Rule rule = TABLE.get(type);
        if (rule == null || !rule.orgRoles().contains(orgRole)) {
            return false;
        }
        boolean overseer = OVERSEERS.contains(orgRole);
        RoomRole role = roomRole.orElse(null);
        return switch (rule.scope()) {
            case ORGANISATION -> true;
            case MEMBER -> role != null;
            case POSTER -> role == RoomRole.LEADER || role == RoomRole.CO_LEADER || role == RoomRole.MEMBER;
            case MODERATOR -> overseer || role == RoomRole.LEADER || role == RoomRole.CO_LEADER;
            case LEADER -> overseer || role == RoomRole.LEADER;
        };
    }

    /** For org-wide rows asked without a room: only overseers see across rooms. */
    public static boolean allowsOrgWide(Class<? extends ClientMessage> type, OrgRole orgRole) {
        Rule rule = TABLE.get(type);
        return rule != null && rule.orgWide() && rule.orgRoles().contains(orgRole) && OVERSEERS.contains(orgRole);
    }

    /** Whether the room part needs membership, so a refusal should say "join first" rather than "not allowed". */
    public static boolean needsMembership(Class<? extends ClientMessage> type) {
        Rule rule = TABLE.get(type);
        return rule != null && (rule.scope() == Scope.MEMBER || rule.scope() == Scope.POSTER);
    }
}
