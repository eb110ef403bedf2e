package org.kinship.server.moderation;

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

class ReportsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void aReportReachesTheLeadersWithContextAndTheReporterLearnsOnlyThatItWasHandled() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "participant");
        try (WsClient river = Group.openRoom(server, group.adminCookie(), group.roomId());
             WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId());
             WsClient joWs = Group.openRoom(server, jo, group.roomId())) {
            river.ok("message.send", "roomId", group.roomId(), "clientKey", "a", "body", "Welcome, all.");
            long seq = joWs.ok("message.send", "roomId", group.roomId(), "clientKey", "b", "body", "Sam lives on Elm Street")
                    .path("message").path("seq").asLong();
            sam.ok("message.send", "roomId", group.roomId(), "clientKey", "c", "body", "Please don't share that.");

            sam.ok("report.create", "roomId", group.roomId(), "seq", seq, "category", "private_information",
                    "note", "My address");
            JsonNode report = river.awaitEvent("report.new").path("report");
            assertEquals("private_information", report.path("category").asText());
            assertEquals("jo.m", report.path("reportedHandle").asText());
            assertEquals("sam", report.path("reporterHandle").asText());
            assertEquals(3, report.path("context").size(), "the message and its neighbours");
            assertTrue(joWs.drain(Duration.ofMillis(200)).stream()
                    .noneMatch(m -> m.toString().contains("report") || m.toString().contains("My address")),
                    "the reported person hears nothing of it");

            assertEquals(1, river.ok("reports.list", "roomId", group.roomId(), "status", "open").path("reports").size());
            assertEquals("forbidden", sam.request("reports.list", "roomId", group.roomId()).path("code").asText());
            assertEquals("forbidden", joWs.request("reports.list").path("code").asText());

            try (WsClient sue = WsClient.connect(server, group.addMember(server, "sue.s", "supervisor"))) {
                river.ok("report.resolve", "reportId", report.path("id").asLong(), "outcome", "actioned",
                        "note", "Removed the address and spoke with jo.m");
                JsonNode resolved = sue.awaitEvent("report.resolved");
                assertEquals(report.path("id").asLong(), resolved.path("reportId").asLong(), "it leaves every other queue");
                assertEquals("river", resolved.path("resolvedHandle").asText());
            }
            JsonNode handled = sam.awaitEvent("report.handled");
            assertEquals("actioned", handled.path("outcome").asText());
            assertFalse(handled.toString().contains("jo.m"), "the reporter learns nothing about what was done to whom");
            assertTrue(sam.drain(Duration.ofMillis(200)).stream().noneMatch(m -> m.path("type").asText().equals("report.resolved")));
            assertEquals("invalid_request", river.request("report.resolve", "reportId", report.path("id").asLong(),
                    "outcome", "dismissed", "note", "again").path("code").asText());
            assertTrue(river.ok("reports.list", "roomId", group.roomId(), "status", "open").path("reports").isEmpty());
        }
    }

    @Test
    void aReportNamesEitherAMessageOrAPersonAndNeverOneself() throws Exception {
        Group group = Group.create(server);
        long river = Group.userId(server, group.adminCookie());
        try (WsClient sam = Group.openRoom(server, group.memberCookie(), group.roomId())) {
            long own = sam.ok("message.send", "roomId", group.roomId(), "clientKey", "x", "body", "mine")
                    .path("message").path("seq").asLong();
            assertEquals("invalid_request", sam.request("report.create", "roomId", group.roomId(), "category", "spam")
                    .path("code").asText());
            assertEquals("invalid_request", sam.request("report.create", "roomId", group.roomId(), "seq", own,
                    "category", "spam").path("code").asText());
            sam.ok("report.create", "roomId", group.roomId(), "userId", river, "category", "other", "note", "checking");
        }
    }
}
