package org.kinship.server.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class MilestoneTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void daysInRecoveryFollowTheClockAndTheDateIsValidated() throws Exception {
        Group group = Group.create(server);
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode none = sam.ok("recovery.get");
            assertFalse(none.has("startDate"));
            assertFalse(none.path("announceMilestones").asBoolean());

            JsonNode started = sam.ok("recovery.set", "startDate", today().toString(), "announceMilestones", false);
            assertEquals(0, started.path("days").asInt(), "0 on the start date itself");
            assertEquals(1, started.path("nextMilestone").asInt());
            assertEquals("1 day", started.path("nextMilestoneLabel").asText());
            server.clock().advance(Duration.ofDays(8));
            JsonNode later = sam.ok("recovery.get");
            assertEquals(8, later.path("days").asInt());
            assertEquals(30, later.path("nextMilestone").asInt());
            assertEquals("30 days", later.path("nextMilestoneLabel").asText());

            assertEquals("out_of_range", sam.request("recovery.set", "startDate", today().plusDays(2).toString(),
                    "announceMilestones", false).path("code").asText(), "not in the future");
            assertEquals("out_of_range", sam.request("recovery.set", "startDate", "1899-12-31",
                    "announceMilestones", false).path("code").asText());
            assertEquals("invalid_request", sam.request("recovery.set", "startDate", "2026-13-01",
                    "announceMilestones", false).path("code").asText());
            assertEquals(8, sam.ok("recovery.get").path("days").asInt(), "a refused change changes nothing");

            JsonNode cleared = sam.ok("recovery.set", "announceMilestones", true);
            assertFalse(cleared.has("startDate"));
            assertFalse(cleared.has("days"));
            assertFalse(cleared.path("announceMilestones").asBoolean(), "without a date there is nothing to announce");
        }
    }

    @Test
    void aMilestoneIsAnnouncedOnceInTheirRoomsWhenTheyConnectWithoutTheDate() throws Exception {
        Group group = Group.create(server);
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient sam = WsClient.connect(server, group.memberCookie())) {
            sam.ok("recovery.set", "startDate", today().minusDays(29).toString(), "announceMilestones", true);
        }
        server.clock().advance(Duration.ofDays(1));
        try (WsClient river = Group.openRoom(server, server.api().login("river"), group.roomId())) {
            String samCookie = server.api().login("sam");
            try (WsClient sam = WsClient.connect(server, samCookie)) {
                JsonNode reached = river.awaitEvent("milestone.reached");
                assertEquals(samId, reached.path("userId").asLong());
                assertEquals("sam", reached.path("handle").asText());
                assertEquals(30, reached.path("days").asInt());
                assertEquals("30 days", reached.path("label").asText());
                assertFalse(reached.toString().contains(today().minusDays(30).toString()), "never the date");
                assertEquals(30, sam.ok("recovery.get").path("days").asInt());
            }
            try (WsClient sam = WsClient.connect(server, samCookie)) {
                sam.ok("checkin.record", "mood", 5, "craving", 1);
                assertNoMilestone(river, "once per milestone: not again on the next connection or check-in");
            }
        }
    }

    @Test
    void aCheckinAnnouncesTheNextMilestoneButSettingResettingOrBackDatingNeverDoes() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = WsClient.connect(server, group.memberCookie())) {
            sam.ok("recovery.set", "startDate", today().minusDays(400).toString(), "announceMilestones", true);
            assertEquals(400, sam.ok("recovery.get").path("days").asInt());
            sam.ok("checkin.record", "mood", 3, "craving", 2);
            assertNoMilestone(river, "a back-dated start announces none of the milestones it passed");

            sam.ok("recovery.set", "startDate", today().minusDays(6).toString(), "announceMilestones", true);
            assertNoMilestone(river, "a reset is private");
            server.clock().advance(Duration.ofDays(1));
            sam.ok("checkin.record", "mood", 4, "craving", 2);
            JsonNode week = river.awaitEvent("milestone.reached");
            assertEquals(7, week.path("days").asInt());
            assertEquals("1 week", week.path("label").asText());

            sam.ok("recovery.set", "startDate", today().minusDays(6).toString(), "announceMilestones", false);
            server.clock().advance(Duration.ofDays(23));
            sam.ok("checkin.record", "mood", 4, "craving", 2);
            assertNoMilestone(river, "nothing is announced for someone who did not opt in");
        }
    }

    @Test
    void milestonesAreTheFixedDaysThenEveryAnniversary() {
        LocalDate start = LocalDate.of(2023, 3, 1);
        assertEquals(List.of(1, 7, 30, 60, 90, 180, 366, 731, 1096, 1461), java.util.stream.Stream
                .iterate(Milestones.next(start, 0), m -> m.days() < 1500, m -> Milestones.next(start, m.days()))
                .map(Milestones.Milestone::days).toList(), "2024 is a leap year, so the first year has 366 days");
        assertEquals("1 year", Milestones.next(start, 200).label());
        assertEquals("2 years", Milestones.reached(start, 800).orElseThrow().label());
        assertTrue(Milestones.reached(start, 0).isEmpty());
    }

    private static void assertNoMilestone(WsClient ws, String why) throws InterruptedException {
        assertTrue(ws.drain(Duration.ofMillis(300)).stream().noneMatch(m -> "milestone.reached".equals(m.path("type").asText())), why);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(server.clock().instant(), ZoneOffset.UTC);
    }
}
