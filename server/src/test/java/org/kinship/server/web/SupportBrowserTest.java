package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Pages;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "I need support now" in real Chromium: the person sees the crisis lines at once, the peer leader on duty
 * sees the alert with its badge and responds, and the person's page then says who is with them.
 */
class SupportBrowserTest {
    private static final String CRISIS_LINE = "988 Suicide & Crisis Lifeline";

    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aPersonAsksForSupportSeesTheCrisisLinesAndIsToldWhichLeaderIsWithThem() throws Exception {
        Group group = Group.create(server); // river: admin; sam: a participant in "Evening check-in"
        group.addMember(server, "jo.m", "peer_leader");
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("resources.set", "resources", List.of(
                    Map.of("category", "crisis", "name", CRISIS_LINE, "phone", "988", "textNumber", "988",
                            "url", "https://988lifeline.org", "description", "Call or text 988 at any hour, free and confidential."),
                    Map.of("category", "harm_reduction", "name", "Riverside naloxone pick-up", "url", "https://example.org/naloxone")));
        }

        WebDriver jo = Pages.signIn(browser, server, 1280, 800, "jo.m");
        byTestId(jo, "duty-toggle").click(); // the peer leader goes on duty
        waitFor(jo, ExpectedConditions.textToBe(testId("duty-indicator"), "A peer leader is on duty"));

        WebDriver sam = Pages.signIn(browser, server, 390, 800, "sam"); // a phone-width screen
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        waitFor(sam, ExpectedConditions.textToBe(testId("duty-indicator"), "A peer leader is on duty"));

        byTestId(sam, "support-button").click();
        WebElement support = byTestId(sam, "support-view");
        waitFor(sam, d -> support.getText().contains(CRISIS_LINE));
        assertTrue(support.getText().contains("Kinship does not contact emergency services"), support.getText());
        WebElement call = support.findElement(By.cssSelector("[data-testid='resource-item'] [data-testid='resource-phone']"));
        assertEquals("tel:988", call.getDomAttribute("href"));
        assertEquals(1, support.findElements(testId("resource-item")).size(), "only the crisis lines, at once");
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("support-status"), "A peer leader has been told"));

        waitFor(jo, ExpectedConditions.textToBe(testId("alerts-badge"), "1"));
        byTestId(jo, "alerts-button").click();
        WebElement alert = byTestId(jo, "alert-item");
        assertTrue(alert.getText().contains("sam"), alert.getText());
        assertTrue(alert.getText().contains("Evening check-in"), alert.getText());
        alert.findElement(testId("ack-alert")).click();
        waitFor(jo, ExpectedConditions.textToBePresentInElementLocated(testId("alert-responding"), "jo.m is responding"));

        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("support-status"), "jo.m is with you"));

        byTestId(jo, "close-alert").click();
        byTestId(jo, "close-alert-note").sendKeys("Talked it through with sam; they will come to Thursday's group.");
        byTestId(jo, "confirm-close-alert").click();
        waitFor(jo, ExpectedConditions.invisibilityOfElementLocated(testId("alerts-badge")));
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("support-status"),
                "Your peer leader closed this check-in."));
    }
}
