package org.kinship.server.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class SafetyNetTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private static final List<Map<String, String>> DIRECTORY = List.of(
            Map.of("category", "treatment", "name", "Riverside outpatient clinic", "phone", "555-0142"),
            Map.of("category", "crisis", "name", "988 Suicide & Crisis Lifeline", "phone", "988", "textNumber", "988"),
            Map.of("category", "harm_reduction", "name", "Naloxone at any pharmacy", "description", "No prescription needed"));

    @Test
    void aPersonAsksForSupportSeesTheCrisisLinesAndTheLeaderOnDutyResponds() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("resources.set", "resources", DIRECTORY);
            assertEquals("crisis", sam.ok("resources.list").path("resources").get(0).path("category").asText(), "crisis lines first");
            joWs.ok("duty.set", "onDuty", true, "note", "Evening shift; sam had a hard week");
            JsonNode seenByParticipant = sam.ok("duty.list").path("onDuty").get(0);
            assertEquals("jo.m", seenByParticipant.path("handle").asText());
            assertFalse(seenByParticipant.has("note"), "handover notes are for staff");

            JsonNode result = sam.ok("support.request", "roomId", group.roomId());
            assertEquals("988 Suicide & Crisis Lifeline", result.path("crisisLines").get(0).path("name").asText());
            assertEquals(1, result.path("crisisLines").size());
            long alertId = result.path("alert").path("id").asLong();
            assertEquals(alertId, joWs.awaitEvent("support.alert").path("alert").path("id").asLong());
            assertEquals(alertId, river.awaitEvent("support.alert").path("alert").path("id").asLong(), "the room's leader too");

            joWs.ok("support.ack", "alertId", alertId);
            assertEquals("jo.m", sam.awaitEvent("support.updated").path("alert").path("acknowledgedHandle").asText());
            joWs.ok("support.close", "alertId", alertId, "note", "Talked it through; sam will call the clinic tomorrow");
            JsonNode closed = sam.awaitEvent("support.updated", m -> m.path("alert").has("closedAt")).path("alert");
            assertFalse(closed.has("closeNote"), "the person does not see the staff note");
            assertTrue(joWs.ok("support.list").path("alerts").isEmpty(), "no open alerts left");
            assertEquals("forbidden", sam.request("support.list").path("code").asText());
        }
    }

    @Test
    void withNobodyOnDutyTheAlertGoesStraightToSupervisors() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode alert = sam.ok("support.request", "roomId", 424242).path("alert");
            assertFalse(alert.has("roomId"), "a room the person is not in is left out; help is never refused");
            assertTrue(alert.has("escalatedAt"));
            assertEquals(alert.path("id").asLong(), river.awaitEvent("support.alert").path("alert").path("id").asLong());
        }
    }

    @Test
    void anAlertNobodyOnDutyAnswersEscalatesWithAControlledClock() throws Exception {
        Group group = Group.create(server);
        String jo = server.api().register(inviteFor("peer_leader", group), "jo.m");
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            joWs.ok("duty.set", "onDuty", true);
            long alertId = sam.ok("support.request").path("alert").path("id").asLong();
            joWs.awaitEvent("support.alert");
            assertTrue(river.drain(Duration.ofMillis(300)).stream().noneMatch(m -> "support.alert".equals(m.path("type").asText())),
                    "supervisors are not troubled while someone on duty may answer");
            server.clock().advance(SupportService.ESCALATE_AFTER.plusSeconds(1));
            JsonNode escalated = river.awaitEvent("support.alert").path("alert");
            assertEquals(alertId, escalated.path("id").asLong());
            assertTrue(escalated.has("escalatedAt"));
            assertEquals(1, river.ok("audit.list", "action", "support.escalated").path("records").size());
        }
    }

    @Test
    void aRiskPhraseDeliversTheMessageOffersHelpPrivatelyAndAlertsTheLeadersWithoutSanction() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            river.ok("resources.set", "resources", DIRECTORY);
            river.ok("risks.set", "phrases", List.of("want to use again"));
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "r1", "body", "Honestly I want to use again tonight");
            assertEquals("Honestly I want to use again tonight", river.awaitEvent("message.new").path("message").path("body").asText());
            JsonNode offered = sam.awaitEvent("support.offered");
            assertEquals("988", offered.path("crisisLines").get(0).path("phone").asText());
            JsonNode alert = river.awaitEvent("support.alert").path("alert");
            assertEquals("risk_phrase", alert.path("source").asText());
            assertEquals(1, alert.path("seq").asLong());
            assertTrue(river.drain(Duration.ofMillis(200)).stream().noneMatch(m -> "support.offered".equals(m.path("type").asText())),
                    "only the sender is offered help");
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "r2", "body", "Thanks for being here.");
            assertTrue(sam.ok("sanctions.mine").path("sanctions").isEmpty(), "never punished automatically");

            long samId = Group.userId(server, group.memberCookie());
            river.ok("sanction.apply", "roomId", group.roomId(), "userId", samId, "kind", "mute", "reason", "a pause");
            assertEquals("muted", sam.request("message.send", "roomId", group.roomId(), "clientKey", "r3",
                    "body", "I still want to use again").path("code").asText());
            assertEquals("988", sam.awaitEvent("support.offered").path("crisisLines").get(0).path("phone").asText(),
                    "a refused message that asks for help still brings it");
            assertEquals("risk_phrase", river.awaitEvent("support.alert", m -> !m.path("alert").has("seq"))
                    .path("alert").path("source").asText());
        }
    }

    private String inviteFor(String role, Group group) throws Exception {
        try (WsClient admin = WsClient.connect(server, group.adminCookie())) {
            return admin.ok("invite.create", "role", role).path("code").asText();
        }
    }
}
