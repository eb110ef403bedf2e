package org.kinship.server.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class CheckinTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void outOfRangeValuesGetClearErrorsAndNothingIsStored() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            assertRefused(sam.request("checkin.record", "mood", 0, "craving", 3), "out_of_range", "mood is 1 to 5.");
            assertRefused(sam.request("checkin.record", "mood", 6, "craving", 3), "out_of_range", "mood is 1 to 5.");
            assertRefused(sam.request("checkin.record", "mood", 3, "craving", -1), "out_of_range", "craving is 0 to 10.");
            assertRefused(sam.request("checkin.record", "mood", 3, "craving", 11), "out_of_range", "craving is 0 to 10.");
            JsonNode tooEarly = sam.request("checkin.record", "mood", 3, "craving", 2, "day", today().minusDays(2).toString());
            assertEquals("out_of_range", tooEarly.path("code").asText());
            assertTrue(tooEarly.path("message").asText().startsWith("day is " + today().minusDays(1)), tooEarly.toString());
            assertEquals("out_of_range", sam.request("checkin.record", "mood", 3, "craving", 2,
                    "day", today().plusDays(2).toString()).path("code").asText());
            assertRefused(sam.request("checkin.record", "mood", 3, "craving", 2, "day", "22/11/2026"),
                    "invalid_request", "day is a date like 2026-11-22.");
            assertEquals("invalid_request", sam.request("checkin.record", "mood", 3, "craving", 2, "day", "2026-02-30")
                    .path("code").asText(), "not a real date");
            assertEquals("invalid_request", sam.request("checkin.record", "mood", 3, "craving", 2, "note", "x".repeat(501))
                    .path("code").asText());
            assertEquals("invalid_request", sam.request("checkin.record", "mood", "4", "craving", 2).path("code").asText(),
                    "a mood is a number");
            assertEquals("invalid_request", sam.request("checkin.record", "craving", 2).path("code").asText(), "mood is required");
            assertRefused(sam.request("checkins.list", "days", 0), "out_of_range", "days is 1 to 365.");
            assertRefused(sam.request("checkins.list", "days", 366), "out_of_range", "days is 1 to 365.");
            assertTrue(sam.ok("checkins.list").path("checkins").isEmpty(), "nothing refused was stored");
        }
    }

    @Test
    void aPersonSeesTheirOwnTrendOldestFirstAndADayHasOneCheckin() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode first = sam.ok("checkin.record", "mood", 2, "craving", 7, "day", today().minusDays(1).toString()).path("checkin");
            assertEquals(today().minusDays(1).toString(), first.path("day").asText());
            assertFalse(first.has("note"), "no note, no field");
            JsonNode todays = sam.ok("checkin.record", "mood", 3, "craving", 5, "note", "  Called my sister.  ").path("checkin");
            assertEquals(today().toString(), todays.path("day").asText(), "the server's UTC date by default");
            assertEquals("Called my sister.", todays.path("note").asText());
            assertEquals("checkin.recorded", sam.awaitEvent("checkin.recorded").path("type").asText(), "their own connections hear of it");
            sam.ok("checkin.record", "mood", 4, "craving", 3, "note", "Better after group.");

            JsonNode list = sam.ok("checkins.list");
            assertEquals(Group.userId(server, group.memberCookie()), list.path("userId").asLong());
            assertEquals("sam", list.path("handle").asText());
            assertEquals(today().minusDays(29).toString(), list.path("from").asText(), "30 days, today included");
            assertEquals(today().toString(), list.path("today").asText());
            JsonNode checkins = list.path("checkins");
            assertEquals(2, checkins.size(), "recording again the same day replaced it");
            assertEquals(today().minusDays(1).toString(), checkins.get(0).path("day").asText(), "oldest first");
            assertEquals(4, checkins.get(1).path("mood").asInt());
            assertEquals("Better after group.", checkins.get(1).path("note").asText());
            assertEquals(1, sam.ok("checkins.list", "days", 1).path("checkins").size(), "today only");
        }
    }

    @Test
    void theCoachSeesTheHistoryLiveAndEveryReadIsAuditedWithoutTheNotes() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient joWs = WsClient.connect(server, jo);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));
            sam.ok("checkin.record", "mood", 2, "craving", 8, "note", "Payday tomorrow, worried");
            JsonNode live = joWs.awaitEvent("checkin.recorded");
            assertEquals(samId, live.path("userId").asLong());
            assertEquals("sam", live.path("handle").asText());
            assertEquals(8, live.path("checkin").path("craving").asInt());

            JsonNode history = joWs.ok("checkins.list", "userId", samId, "days", 7);
            assertEquals("sam", history.path("handle").asText());
            assertEquals("Payday tomorrow, worried", history.path("checkins").get(0).path("note").asText());

            JsonNode records = river.ok("audit.list", "action", "checkins.viewed").path("records");
            assertEquals(1, records.size());
            assertEquals(samId, records.get(0).path("targetUserId").asLong());
            assertEquals("jo.m", records.get(0).path("actorHandle").asText());
            assertFalse(records.get(0).path("detail").asText().contains("Payday"), "never the note");
            sam.ok("checkins.list");
            assertEquals(1, river.ok("audit.list", "action", "checkins.viewed").path("records").size(),
                    "reading one's own is not recorded");
        }
    }

    @Test
    void onlyTheCurrentCoachOrAReviewingSupervisorMayReadSomeoneElsesCheckins() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        String kim = group.addMember(server, "kim.t", "peer_leader");
        String ana = group.addMember(server, "ana.r", "supervisor");
        String alex = group.addMember(server, "alex", "participant");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie());
             WsClient kimWs = WsClient.connect(server, kim);
             WsClient anaWs = WsClient.connect(server, ana);
             WsClient alexWs = WsClient.connect(server, alex);
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            sam.ok("checkin.record", "mood", 3, "craving", 4, "note", "Quiet day");
            assertEquals("forbidden", alexWs.request("checkins.list", "userId", samId).path("code").asText(), "another participant");
            assertEquals("forbidden", kimWs.request("checkins.list", "userId", samId).path("code").asText(),
                    "a peer leader before anyone is the coach");
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));
            assertEquals("forbidden", kimWs.request("checkins.list", "userId", samId).path("code").asText(),
                    "a peer leader who is not the coach");
            assertEquals("forbidden", river.request("checkins.list", "userId", samId).path("code").asText(),
                    "an admin who is not the coach");
            assertEquals("forbidden", anaWs.request("checkins.list", "userId", samId).path("code").asText(),
                    "a supervisor while review is off");
            sam.ok("checkin.record", "mood", 3, "craving", 4, "note", "Quiet day, still");
            assertTrue(kimWs.drain(Duration.ofMillis(300)).stream().noneMatch(m -> "checkin.recorded".equals(m.path("type").asText())),
                    "only the coach hears of a check-in");
            long refusals = 0;
            for (JsonNode r : river.ok("audit.list", "limit", 200).path("records")) {
                refusals += "refused".equals(r.path("outcome").asText()) && r.path("action").asText().contains("heckins") ? 1 : 0;
            }
            assertEquals(5, refusals, "each refused attempt is on the record");
            assertTrue(river.ok("audit.list", "action", "checkins.viewed").path("records").isEmpty());

            river.ok("org.settings.set", "settings", java.util.Map.of("participantDirectMessages", false, "supervisorReview", true,
                    "quietAfterDays", 4, "coachCapacity", 15, "erasure", "tombstone"));
            assertEquals(1, anaWs.ok("checkins.list", "userId", samId).path("checkins").size());
            JsonNode record = river.ok("audit.list", "action", "checkins.viewed").path("records").get(0);
            assertEquals("ana.r", record.path("actorHandle").asText());
            assertTrue(record.path("detail").asText().contains("supervisor review"), record.toString());
        }
    }

    private static void assertRefused(JsonNode reply, String code, String message) {
        assertEquals("error", reply.path("type").asText(), reply.toString());
        assertEquals(code, reply.path("code").asText(), reply.toString());
        assertEquals(message, reply.path("message").asText());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(server.clock().instant(), ZoneOffset.UTC);
    }
}
