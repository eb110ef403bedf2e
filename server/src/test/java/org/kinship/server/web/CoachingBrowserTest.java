package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Pages;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One-to-one coaching in real Chromium: a coach on a desktop and a participant on a 360 px phone write to
 * each other; the participant's unread badge appears and clears when they open the conversation, "Seen"
 * shows under the newest message the other person has read, and the participant checks in.
 */
class CoachingBrowserTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCoachAndAParticipantWriteToEachOtherWithUnreadBadgesAndReadReceipts() throws Exception {
        Group group = Group.create(server); // river: admin; sam: a participant in "Evening check-in"
        String jo = group.addMember(server, "jo.m", "peer_leader");
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("coach.assign", "participantId", Group.userId(server, group.memberCookie()),
                    "coachId", Group.userId(server, jo));
        }

        WebDriver coach = Pages.signIn(browser, server, 1280, 800, "jo.m");
        WebElement entry = waitFor(coach, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='conversation-item'][data-kind='coaching']")));
        assertEquals("Coaching: sam", entry.getText().trim());

        WebDriver sam = Pages.signIn(browser, server, 360, 740, "sam"); // a phone
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));

        entry.findElement(By.tagName("button")).click();
        waitFor(coach, ExpectedConditions.textToBe(testId("conversation-title"), "Coaching: sam"));
        send(coach, "How did today go?");

        // On the phone the conversations are behind the menu button, which counts what is new.
        waitFor(sam, ExpectedConditions.textToBe(testId("private-badge"), "1 new"));
        byTestId(sam, "rooms-toggle").click();
        WebElement mine = byTestId(sam, "conversation-item");
        waitFor(sam, d -> mine.getText().contains("Your coach: jo.m"));
        assertEquals("1 new", mine.findElement(testId("conversation-unread")).getText());
        mine.findElement(By.tagName("button")).click();
        Pages.messageWithBody(sam, "How did today go?");
        waitFor(sam, ExpectedConditions.invisibilityOfElementLocated(testId("private-badge")));
        waitFor(sam, ExpectedConditions.invisibilityOfElementLocated(testId("conversation-unread")));
        assertEquals("Kinship", sam.getTitle(), "nothing unread is left in the title");

        WebElement seenByParticipant = waitFor(coach, ExpectedConditions.visibilityOfElementLocated(testId("seen")));
        assertEquals("How did today go?", seenByParticipant.findElement(By.xpath("..")).findElement(testId("message-body")).getText());

        send(sam, "Better after the group, thanks.");
        Pages.messageWithBody(coach, "Better after the group, thanks.");
        WebElement seenByCoach = waitFor(sam, ExpectedConditions.visibilityOfElementLocated(testId("seen")));
        assertEquals("Better after the group, thanks.",
                seenByCoach.findElement(By.xpath("..")).findElement(testId("message-body")).getText());
        assertTrue(coach.findElements(testId("conversation-unread")).isEmpty(), "read while open on screen");

        // The participant's coaching panel names the coach and takes today's check-in.
        byTestId(sam, "rooms-toggle").click();
        byTestId(sam, "coaching-button").click();
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("coach-status"), "Your coach is jo.m"));
        byTestId(sam, "mood-4").click();
        byTestId(sam, "checkin-note").sendKeys("Went for a walk.");
        byTestId(sam, "save-checkin").click();
        waitFor(sam, ExpectedConditions.textToBe(testId("checkin-notice"), "Thank you for checking in."));
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("trend-summary"), "1 check-in in the last 30 days"));
        assertEquals(1, sam.findElements(By.cssSelector("[data-testid='checkin-trend'] svg circle")).size(), "one mood mark");
    }

    /** Types into the open conversation's composer, sends with Enter, and waits until the server has it. */
    private static void send(WebDriver driver, String body) {
        WebElement composer = byTestId(driver, "conversation-composer");
        composer.sendKeys(body);
        composer.sendKeys(Keys.ENTER);
        Pages.messageWithBody(driver, body);
    }
}
