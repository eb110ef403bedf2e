package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;

class PrivacyNoticeTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void theNoticeIsWrittenFromTheOrganisationsActualSettings() throws Exception {
        Group group = Group.create(server);
        JsonNode before = server.api().get("/api/privacy", null).body().path("paragraphs");
        assertTrue(before.toString().contains("Supervisors do not read it"), before.toString());
        assertTrue(before.toString().contains("never contacts emergency services"));
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("org.settings.set", "settings", Map.of("participantDirectMessages", false, "supervisorReview", true,
                    "quietAfterDays", 4, "coachCapacity", 15, "retentionDays", 90, "erasure", "tombstone"));
        }
        JsonNode after = server.api().get("/api/privacy", null).body().path("paragraphs");
        assertNotEquals(before, after);
        assertTrue(after.toString().contains("Supervisors may also read it"), after.toString());
        assertTrue(after.toString().contains("after 90 days"));
        assertEquals(before.size(), after.size());
    }
}
