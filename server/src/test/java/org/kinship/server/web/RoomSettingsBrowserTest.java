package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A room's leader writes guidelines in the room settings panel, in real Chromium: the member's page shows
 * them with the composer closed until they agree, and then their message reaches the leader. Locking the
 * room then closes the member's composer again, with a calm read-only banner.
 */
class RoomSettingsBrowserTest {
    private static final String FIRST_RULE = "Speak from your own experience.";
    private static final String SECOND_RULE = "What is shared here stays here.";
    private static final String AFTER = "Thank you for writing these down. Today was a hard one, but I made it here.";

    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aMemberAgreesToTheNewGuidelinesBeforePostingAndALockClosesTheComposer() throws Exception {
        Group.create(server); // river: admin, leader of "Evening check-in"; sam: a participant in it

        WebDriver river = Pages.signIn(browser, server, 1280, 800, "river");
        WebDriver sam = Pages.signIn(browser, server, 390, 800, "sam"); // a phone-width screen
        waitFor(river, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        waitFor(sam, d -> d.findElement(testId("composer")).isEnabled());

        byTestId(river, "room-settings").click();
        byTestId(river, "settings-guidelines").sendKeys(FIRST_RULE + "\n" + SECOND_RULE);
        byTestId(river, "save-settings").click();
        waitFor(river, ExpectedConditions.textToBePresentInElementLocated(testId("settings-notice"), "Saved"));

        WebElement guidelines = byTestId(sam, "guidelines-panel");
        waitFor(sam, d -> d.findElement(testId("guidelines-text")).getText().contains(SECOND_RULE));
        assertTrue(guidelines.getText().contains(FIRST_RULE), guidelines.getText());
        waitFor(sam, d -> !d.findElement(testId("composer")).isEnabled());
        assertEquals("true", byTestId(sam, "send").getDomProperty("disabled"));

        byTestId(sam, "accept-guidelines").click();
        waitFor(sam, ExpectedConditions.invisibilityOfElementLocated(testId("guidelines-panel")));
        waitFor(sam, d -> d.findElement(testId("composer")).isEnabled());
        Pages.send(sam, AFTER);
        byTestId(river, "close-panel").click();
        Pages.messageWithBody(river, AFTER);

        byTestId(river, "room-settings").click();
        byTestId(river, "settings-locked").click();
        byTestId(river, "save-settings").click();
        WebElement locked = byTestId(sam, "locked-banner");
        assertTrue(locked.getText().contains("This room is read-only for now"), locked.getText());
        waitFor(sam, d -> !d.findElement(testId("composer")).isEnabled());
    }
}
