package org.kinship.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kinship.protocol.ClientMessage;
import org.kinship.protocol.OrgRole;
import org.kinship.protocol.RoomRole;

/**
 * The permission table against an expectation written out by hand: for every request type, which of
 * these people may send it. A new type fails here until it has a row in both. (An unauthenticated
 * connection never gets this far: its upgrade is refused with 401, see WebSocketEdgeTest.)
 */
class PermissionTableTest {
    /** The people, as organisation role and room role (null: not a member of the room). */
    private record Who(OrgRole org, RoomRole room) {
    }

    private static final List<Who> PEOPLE = List.of(
            new Who(OrgRole.PARTICIPANT, null),
            new Who(OrgRole.PARTICIPANT, RoomRole.OBSERVER),
            new Who(OrgRole.PARTICIPANT, RoomRole.MEMBER),
            new Who(OrgRole.PARTICIPANT, RoomRole.CO_LEADER),
            new Who(OrgRole.PEER_LEADER, RoomRole.LEADER),
            new Who(OrgRole.PEER_LEADER, null),
            new Who(OrgRole.SUPERVISOR, null),
            new Who(OrgRole.ADMIN, null));

    /** One column per person above: Y may, - may not. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        //                                 non  obs  mem  co   lead pl   sup  adm
        EXPECTED.put("ListRooms",         "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("CreateRoom",        "-    -    -    -    -    -    -    Y");
        EXPECTED.put("JoinRoom",          "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("LeaveRoom",         "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("ListMembers",       "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("Resume",            "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("History",           "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("SendMessage",       "-    -    Y    Y    Y    -    -    -");
        EXPECTED.put("EditMessage",       "-    -    Y    Y    Y    -    -    -");
        EXPECTED.put("DeleteMessage",     "-    -    Y    Y    Y    -    -    -");
        EXPECTED.put("Typing",            "-    -    Y    Y    Y    -    -    -");
        EXPECTED.put("CreateInvite",      "-    -    -    -    -    -    -    Y");
        EXPECTED.put("ListUsers",         "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("SetOrgRole",        "-    -    -    -    -    -    -    Y");
        EXPECTED.put("SetRoomRole",       "-    -    -    -    Y    -    Y    Y");
        EXPECTED.put("ApplySanction",     "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("LiftSanction",      "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("ListSanctions",     "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("RemoveMessage",     "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("CreateReport",      "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("ListReports",       "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("ResolveReport",     "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("ListAudit",         "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("UpdateRoom",        "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("AcceptGuidelines",  "-    Y    Y    Y    Y    -    -    -");
        EXPECTED.put("ListJoinRequests",  "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("DecideJoinRequest", "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("PinMessage",        "-    -    -    Y    Y    -    Y    Y");
        EXPECTED.put("ListWords",         "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("SetWords",          "-    -    -    -    -    -    -    Y");
        EXPECTED.put("BlockUser",         "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("UnblockUser",       "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("ListBlocks",        "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("GetProfile",        "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("SetProfile",        "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("ListInvites",       "-    -    -    -    -    -    -    Y");
        EXPECTED.put("RevokeInvite",      "-    -    -    -    -    -    -    Y");
        EXPECTED.put("ListSessions",      "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("EndSession",        "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("ListMySanctions",   "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("SetUserDisabled",   "-    -    -    -    -    -    -    Y");
        EXPECTED.put("EndUserSessions",   "-    -    -    -    -    -    -    Y");
        EXPECTED.put("CreatePasswordReset", "-    -    -    -    -    -    -    Y");
        EXPECTED.put("ListResources",     "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("SetResources",      "-    -    -    -    -    -    -    Y");
        EXPECTED.put("SetDuty",           "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("ListDuty",          "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("RequestSupport",    "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("AcknowledgeSupport", "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("CloseSupport",      "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("ListSupport",       "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("ListRiskPhrases",   "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("SetRiskPhrases",    "-    -    -    -    -    -    -    Y");
        EXPECTED.put("GetOrgSettings",    "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("SetOrgSettings",    "-    -    -    -    -    -    -    Y");
        EXPECTED.put("RecordCheckin",     "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("ListCheckins",      "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("GetRecovery",       "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("SetRecovery",       "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("CreateReferral",    "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("ListReferrals",     "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("CompleteReferral",  "-    -    -    -    -    -    Y    Y");
        EXPECTED.put("ListConversations", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("OpenConversation", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("ConversationHistory", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("SendConversationMessage", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("EditConversationMessage", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("DeleteConversationMessage", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("MarkConversationRead", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("ConversationTyping", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("GetCoaching", "Y    Y    Y    Y    Y    Y    Y    Y");
        EXPECTED.put("RequestCoach", "Y    Y    Y    Y    -    -    -    -");
        EXPECTED.put("ShareCoachingHistory", "Y    Y    Y    Y    -    -    -    -");
        EXPECTED.put("ListCoachRequests", "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("AcceptCoachRequest", "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("AssignCoach", "-    -    -    -    -    -    Y    Y");
        EXPECTED.put("EndCoaching", "-    -    -    -    -    -    Y    Y");
        EXPECTED.put("ListCaseload", "-    -    -    -    Y    Y    Y    Y");
        EXPECTED.put("SetCoachCapacity", "-    -    -    -    -    -    Y    Y");
    }

    @Test
    void everyRequestTypeHasARowHereAndInTheTable() {
        for (Class<?> type : ClientMessage.class.getPermittedSubclasses()) {
            assertTrue(EXPECTED.containsKey(type.getSimpleName()), "expected row for " + type.getSimpleName());
            @SuppressWarnings("unchecked")
            Class<? extends ClientMessage> request = (Class<? extends ClientMessage>) type;
            assertTrue(Permissions.ruleFor(request).isPresent(), "permission row for " + type.getSimpleName());
        }
        assertEquals(ClientMessage.class.getPermittedSubclasses().length, EXPECTED.size());
    }

    @Test
    void eachPersonMayDoExactlyWhatTheExpectationSays() {
        for (Class<?> type : ClientMessage.class.getPermittedSubclasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends ClientMessage> request = (Class<? extends ClientMessage>) type;
            String[] cells = EXPECTED.get(type.getSimpleName()).trim().split("\\s+");
            for (int i = 0; i < PEOPLE.size(); i++) {
                Who who = PEOPLE.get(i);
                boolean allowed = Permissions.allowsInRoom(request, who.org(), Optional.ofNullable(who.room()));
                assertEquals("Y".equals(cells[i]), allowed, type.getSimpleName() + " for " + who);
            }
        }
    }

    @Test
    void onlyOverseersReadReportsAndTheTrailAcrossRooms() {
        for (OrgRole role : OrgRole.values()) {
            boolean overseer = role == OrgRole.SUPERVISOR || role == OrgRole.ADMIN;
            assertEquals(overseer, Permissions.allowsOrgWide(org.kinship.protocol.ListAudit.class, role));
            assertEquals(overseer, Permissions.allowsOrgWide(org.kinship.protocol.ListReports.class, role));
            assertEquals(false, Permissions.allowsOrgWide(org.kinship.protocol.History.class, role));
        }
    }
}
