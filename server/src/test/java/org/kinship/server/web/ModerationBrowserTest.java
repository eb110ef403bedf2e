package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Pages;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A room's leader moderates from the message menu in real Chromium: the participant's page shows a removed
 * message only as "Removed by a leader", never its text, and then explains a mute kindly, with its reason.
 */
class ModerationBrowserTest {
    private static final String PRIVATE = "Saw Dana from the Thursday group at the clinic, she looked unwell.";
    private static final String LATER = "Sorry. I will keep other people's stories out of it.";
    private static final String MUTE_REASON = "Please keep other people's names out of the room. Take a short break with us.";

    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aLeaderRemovesAMessageAndMutesItsSenderWhoSeesOnlyTheTombstoneAndAKindBanner() throws Exception {
        Group.create(server); // river: admin, leader of "Evening check-in"; sam: a participant in it

        WebDriver river = Pages.signIn(browser, server, 1280, 800, "river");
        WebDriver sam = Pages.signIn(browser, server, 390, 800, "sam"); // a phone-width screen
        waitFor(river, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));

        Pages.send(sam, PRIVATE);
        WebElement shared = Pages.messageWithBody(river, PRIVATE);
        String seq = shared.getDomAttribute("data-seq");
        shared.findElement(testId("message-menu")).click();
        waitFor(river, ExpectedConditions.elementToBeClickable(inMessage(seq, "remove-message"))).click();
        byTestId(river, "removal-reason").sendKeys("Names a person from another group, and their health");
        byTestId(river, "confirm-removal").click();

        By samsCopy = By.cssSelector("[data-testid='message'][data-seq='" + seq + "'] [data-testid='message-body']");
        waitFor(sam, ExpectedConditions.textToBe(samsCopy, "Removed by a leader"));
        assertEquals("leader", sam.findElement(By.cssSelector("[data-testid='message'][data-seq='" + seq + "']"))
                .getDomAttribute("data-deleted-by"));
        assertFalse(sam.getPageSource().contains("Thursday group"), "the removed text is gone from the person's page");
        waitFor(river, ExpectedConditions.textToBe(inMessage(seq, "message-body"), "Removed by a leader"));

        Pages.send(sam, LATER);
        WebElement later = Pages.messageWithBody(river, LATER);
        String laterSeq = later.getDomAttribute("data-seq");
        later.findElement(testId("message-menu")).click();
        waitFor(river, ExpectedConditions.elementToBeClickable(inMessage(laterSeq, "sanction-user"))).click();
        new Select(byTestId(river, "sanction-kind")).selectByValue("mute");
        new Select(byTestId(river, "sanction-duration")).selectByValue("15");
        byTestId(river, "sanction-reason").sendKeys(MUTE_REASON);
        byTestId(river, "confirm-sanction").click();

        WebElement banner = byTestId(sam, "sanction-banner");
        assertEquals("mute", banner.getDomAttribute("data-kind"));
        waitFor(sam, d -> d.findElement(testId("sanction-banner")).getText().contains(MUTE_REASON));
        assertTrue(banner.getText().contains("A leader has muted you in this room until"), banner.getText());
        assertTrue(banner.getText().contains("You can still read along"), banner.getText());
        waitFor(sam, d -> !d.findElement(testId("composer")).isEnabled());
    }

    private static By inMessage(String seq, String testId) {
        return By.cssSelector("[data-testid='message'][data-seq='" + seq + "'] [data-testid='" + testId + "']");
    }
}
