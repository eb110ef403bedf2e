package org.kinship.server.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Settings;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class OrgSettingsTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void defaultsAreCautiousAndAnAdminChangeReachesEveryoneAndTheAuditTrail() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient sam = WsClient.connect(server, group.memberCookie())) {
            JsonNode initial = sam.ok("org.settings.get").path("settings");
            assertFalse(initial.path("participantDirectMessages").asBoolean());
            assertFalse(initial.path("supervisorReview").asBoolean());
            assertFalse(initial.has("retentionDays"), "messages are kept unless an admin says otherwise");
            assertEquals("tombstone", initial.path("erasure").asText());

            river.ok("org.settings.set", "settings", Settings.with("supervisorReview", true, "retentionDays", 365));
            JsonNode seen = sam.awaitEvent("org.settings.changed").path("settings");
            assertTrue(seen.path("supervisorReview").asBoolean());
            assertEquals(365, seen.path("retentionDays").asInt());
            JsonNode record = river.ok("audit.list").path("records").get(0);
            assertEquals("org.settings.set", record.path("action").asText());
            assertEquals("supervisorReview: false -> true; retentionDays: null -> 365", record.path("detail").asText());
        }
    }

    @Test
    void onlyAdminsChangeThemAndRangesAreChecked() throws Exception {
        Group group = Group.create(server);
        try (WsClient river = WsClient.connect(server, group.adminCookie()); WsClient sam = WsClient.connect(server, group.memberCookie())) {
            assertEquals("forbidden", sam.request("org.settings.set", "settings", Settings.with()).path("code").asText());
            JsonNode refused = river.request("org.settings.set", "settings", Settings.with("quietAfterDays", 0));
            assertEquals("out_of_range", refused.path("code").asText());
            assertEquals("quietAfterDays is 1 to 60.", refused.path("message").asText());
            assertEquals("out_of_range", river.request("org.settings.set", "settings", Settings.with("coachCapacity", 201)).path("code").asText());
            assertEquals("out_of_range", river.request("org.settings.set", "settings", Settings.with("retentionDays", 0)).path("code").asText());
            assertEquals("invalid_request", river.request("org.settings.set", "settings", Settings.with("erasure", "shred")).path("code").asText());
            assertEquals(4, river.ok("org.settings.get").path("settings").path("quietAfterDays").asInt(), "nothing changed");
        }
    }
}
