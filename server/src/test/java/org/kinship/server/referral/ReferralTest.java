package org.kinship.server.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class ReferralTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private static final String NOTE = "New prescription leaves them dizzy; wants to talk to someone at the clinic.";

    @Test
    void aCoachRefersASupervisorSeesItThroughAndTheOrganisationCountsIt() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String ana = group.addMember(server, "ana.r", "supervisor");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient anaWs = WsClient.connect(server, ana);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));

            JsonNode referral = joWs.ok("referral.create", "participantId", samId, "kind", "clinician", "note", NOTE).path("referral");
            assertEquals("open", referral.path("status").asText());
            assertEquals("clinician", referral.path("kind").asText());
            assertEquals("sam", referral.path("participantHandle").asText());
            assertEquals("jo.m", referral.path("createdByHandle").asText());
            long id = referral.path("id").asLong();
            assertEquals(id, anaWs.awaitEvent("referral.new").path("referral").path("id").asLong(), "supervisors are told");
            assertEquals(id, river.awaitEvent("referral.new").path("referral").path("id").asLong(), "and admins");
            joWs.ok("referral.create", "participantId", samId, "kind", "housing", "note", "Lease ends next month.");
            river.ok("referral.create", "participantId", samId, "kind", "employment", "note", "Asked about the job club.");

            JsonNode mine = joWs.ok("referrals.list");
            assertEquals(2, mine.path("referrals").size(), "a peer leader sees the ones they made");
            assertEquals("housing", mine.path("referrals").get(0).path("kind").asText(), "newest first");
            assertEquals(1, count(mine, "clinician", "open"));
            assertEquals(0, count(mine, "employment", "open"), "their own counts");
            assertEquals(5, mine.path("counts").size(), "every kind is counted");

            JsonNode all = anaWs.ok("referrals.list");
            assertEquals(3, all.path("referrals").size());
            assertEquals(1, count(all, "employment", "open"));

            JsonNode done = anaWs.ok("referral.done", "referralId", id, "note", "Nurse appointment Tuesday.").path("referral");
            assertEquals("done", done.path("status").asText());
            assertEquals("ana.r", done.path("doneByHandle").asText());
            assertEquals("Nurse appointment Tuesday.", done.path("doneNote").asText());
            assertEquals("done", joWs.awaitEvent("referral.updated").path("referral").path("status").asText(), "the author is told");
            assertEquals("invalid_request", anaWs.request("referral.done", "referralId", id).path("code").asText(), "done once");
            assertEquals("not_found", anaWs.request("referral.done", "referralId", 999).path("code").asText());

            assertEquals(2, anaWs.ok("referrals.list", "status", "open").path("referrals").size());
            JsonNode closed = anaWs.ok("referrals.list", "status", "done");
            assertEquals(1, closed.path("referrals").size());
            assertEquals(0, count(closed, "clinician", "open"));
            assertEquals(1, count(closed, "clinician", "done"));

            assertTrue(sam.drain(Duration.ofMillis(300)).stream().noneMatch(m -> m.path("type").asText().startsWith("referral")),
                    "the participant is never sent a referral");
        }
    }

    @Test
    void participantsAndPeerLeadersWhoAreNotTheCoachAreRefused() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String kim = group.addMember(server, "kim.t", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient kimWs = WsClient.connect(server, kim);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));
            assertEquals("forbidden", kimWs.request("referral.create", "participantId", samId, "kind", "housing", "note", "x")
                    .path("code").asText(), "not their coach");
            assertEquals("forbidden", sam.request("referrals.list").path("code").asText(), "not even their own");
            assertEquals("forbidden", sam.request("referral.create", "participantId", samId, "kind", "other", "note", "x")
                    .path("code").asText());
            assertEquals("invalid_request", joWs.request("referral.create", "participantId", samId, "kind", "other", "note", "  ")
                    .path("code").asText(), "a note is needed");
            assertEquals("invalid_request", joWs.request("referral.create", "participantId", samId, "kind", "doctor", "note", "x")
                    .path("code").asText(), "an unknown kind");
            assertEquals("invalid_request", joWs.request("referral.create", "participantId", samId, "kind", "other",
                    "note", "x".repeat(501)).path("code").asText());
            assertEquals("not_found", river.request("referral.create", "participantId", 4242, "kind", "other", "note", "x")
                    .path("code").asText());

            long id = joWs.ok("referral.create", "participantId", samId, "kind", "supervisor", "note", "Talked about relapse risk")
                    .path("referral").path("id").asLong();
            assertEquals("forbidden", joWs.request("referral.done", "referralId", id).path("code").asText(),
                    "supervisors and admins mark them done");
            assertTrue(kimWs.ok("referrals.list").path("referrals").isEmpty(), "another peer leader does not see it");
        }
    }

    @Test
    void auditRecordsNameTheKindAndNeverTheNote() throws Exception {
        Group group = Group.create(server);
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            long id = river.ok("referral.create", "participantId", samId, "kind", "clinician", "note", NOTE)
                    .path("referral").path("id").asLong();
            river.ok("referral.done", "referralId", id, "note", "Booked with the nurse");
            JsonNode created = river.ok("audit.list", "action", "referral.created").path("records");
            assertEquals(1, created.size());
            assertEquals(samId, created.get(0).path("targetUserId").asLong());
            assertTrue(created.get(0).path("detail").asText().contains("kind=clinician"));
            assertFalse(created.get(0).path("detail").asText().contains("dizzy"));
            JsonNode done = river.ok("audit.list", "action", "referral.done").path("records");
            assertEquals(1, done.size());
            assertFalse(done.get(0).path("detail").asText().contains("nurse"));
        }
    }

    private static int count(JsonNode list, String kind, String status) {
        for (JsonNode c : list.path("counts")) {
            if (kind.equals(c.path("kind").asText())) {
                return c.path(status).asInt();
            }
        }
        throw new AssertionError("no count for " + kind + " in " + list);
    }
}
