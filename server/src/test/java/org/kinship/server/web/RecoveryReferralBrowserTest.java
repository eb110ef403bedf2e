package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Pages;
import org.kinship.server.testing.Settings;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Recovery dates, milestones and referrals in real Chromium: a participant keeps a private recovery date and
 * chooses to share milestones, and after the server's day turns their room celebrates the first one; a coach
 * records a referral from the caseload, and a supervisor sees it, reviews the coaching conversation
 * read-only, and marks the referral done.
 */
class RecoveryReferralBrowserTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aSharedMilestoneReachesTheRoomAfterTheDayTurns() throws Exception {
        Group.create(server); // river: admin; sam: a participant in "Evening check-in"
        WebDriver sam = Pages.signIn(browser, server, 360, 740, "sam"); // a phone
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        byTestId(sam, "rooms-toggle").click();
        byTestId(sam, "coaching-button").click();
        WebElement date = byTestId(sam, "recovery-date");
        String today = LocalDate.now(server.clock()).toString(); // the server's UTC day
        ((JavascriptExecutor) sam).executeScript("arguments[0].value = arguments[1]", date, today);
        WebElement share = byTestId(sam, "recovery-share");
        assertTrue(!share.isSelected(), "sharing milestones is off until the person turns it on");
        share.click();
        byTestId(sam, "save-recovery").click();
        waitFor(sam, ExpectedConditions.textToBe(testId("recovery-days"), "Day one starts today. Next milestone: 1 day."));

        // Resetting asks first and says nobody is told.
        byTestId(sam, "reset-recovery").click();
        assertEquals("Start counting again from today? This is private; nobody is told.",
                byTestId(sam, "recovery-reset-confirm").findElement(By.tagName("span")).getText());
        byTestId(sam, "cancel-reset-recovery").click();

        WebDriver river = Pages.signIn(browser, server, 1280, 800, "river");
        waitFor(river, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        waitFor(river, ExpectedConditions.numberOfElementsToBe(testId("member"), 2));

        // The server's day turns (less than a day passes, so every sign-in stays valid); sam comes back.
        ZonedDateTime now = ZonedDateTime.now(server.clock());
        server.clock().advance(Duration.between(now, now.truncatedTo(ChronoUnit.DAYS).plusDays(1).plusMinutes(5)));
        sam.navigate().refresh();

        WebElement line = waitFor(river, ExpectedConditions.visibilityOfElementLocated(testId("milestone-note")));
        assertEquals("sam reached 1 day. 🎉", line.getText());
        assertTrue(river.findElements(By.cssSelector("[data-testid='message-list'] [data-testid='milestone-note']")).isEmpty(),
                "kept apart from the messages and their seqs");
        Pages.send(river, "Well done, sam.");
    }

    @Test
    void aCoachRecordsAReferralAndASupervisorReviewsAndMarksItDone() throws Exception {
        Group group = Group.create(server);
        String jo = group.addMember(server, "jo.m", "peer_leader");
        group.addMember(server, "kim.s", "supervisor");
        long samId = Group.userId(server, group.memberCookie());
        try (WsClient river = WsClient.connect(server, group.adminCookie())) {
            river.ok("org.settings.set", "settings", Settings.with("supervisorReview", true));
            river.ok("coach.assign", "participantId", samId, "coachId", Group.userId(server, jo));
        }
        try (WsClient coach = WsClient.connect(server, jo)) {
            long conversationId = coach.ok("conversations.list").path("conversations").get(0).path("id").asLong();
            coach.ok("conversation.send", "conversationId", conversationId, "clientKey", "k1", "body", "How was the appointment?");
        }

        WebDriver coach = Pages.signIn(browser, server, 1280, 800, "jo.m");
        byTestId(coach, "caseload-button").click();
        WebElement entry = waitFor(coach, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='caseload-entry'][data-user-id='" + samId + "']")));
        entry.findElement(testId("record-referral")).click();
        WebElement form = byTestId(coach, "referral-form");
        assertTrue(form.getText().contains("Coaches do not diagnose or advise on medication"), form.getText());
        new Select(byTestId(coach, "referral-kind")).selectByValue("clinician");
        byTestId(coach, "referral-note").sendKeys("New prescription leaves them dizzy; wants to see someone this week.");
        byTestId(coach, "save-referral").click();
        waitFor(coach, ExpectedConditions.textToBe(testId("referral-notice"), "Referral recorded. The supervisors have been told."));

        WebDriver kim = Pages.signIn(browser, server, 1280, 800, "kim.s");
        waitFor(kim, ExpectedConditions.textToBe(testId("referrals-badge"), "1"));
        byTestId(kim, "referrals-button").click();
        WebElement referral = byTestId(kim, "referral-item");
        assertEquals("Clinician", referral.findElement(testId("referral-kind")).getText());
        assertTrue(referral.getText().contains("for sam") && referral.getText().contains("Recorded by jo.m"), referral.getText());
        assertEquals("1", byTestId(kim, "referral-counts").findElement(
                By.cssSelector("[data-kind='clinician'] td")).getText(), "one open clinician referral");

        // The coaching conversation, read-only, from jo.m's caseload.
        byTestId(kim, "caseload-button").click();
        waitFor(kim, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='caseload-coach'] option")));
        new Select(byTestId(kim, "caseload-coach")).selectByVisibleText("jo.m");
        waitFor(kim, ExpectedConditions.visibilityOfElementLocated(testId("review-conversation"))).click();
        waitFor(kim, ExpectedConditions.textToBe(testId("review-notice"), "Review — read-only. Every page you read is recorded."));
        waitFor(kim, ExpectedConditions.textToBe(testId("review-body"), "How was the appointment?"));
        assertTrue(kim.findElements(testId("conversation-composer")).stream().noneMatch(WebElement::isDisplayed), "no composer");

        byTestId(kim, "referrals-button").click();
        byTestId(kim, "mark-referral-done").click();
        byTestId(kim, "referral-done-note").sendKeys("Nurse appointment Tuesday.");
        byTestId(kim, "confirm-referral-done").click();
        waitFor(kim, ExpectedConditions.invisibilityOfElementLocated(testId("referral-item")));
        waitFor(kim, ExpectedConditions.invisibilityOfElementLocated(testId("referrals-badge")));
        byTestId(kim, "referrals-show-done").click();
        WebElement done = waitFor(kim, ExpectedConditions.visibilityOfElementLocated(testId("referral-done-line")));
        assertTrue(done.getText().startsWith("Done by kim.s"), done.getText());
    }
}
