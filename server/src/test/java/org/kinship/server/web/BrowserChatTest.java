package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The whole first-use story in real Chromium: setup, a room, an invite, a second person, a conversation. */
class BrowserChatTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAdminAndAnInvitedPersonExchangeMessagesThatEachSees() throws Exception {
        long startedAt = System.currentTimeMillis();
        WebDriver river = browser.open(1280, 800);
        river.get(server.baseUrl() + "/");
        byTestId(river, "setup-code").sendKeys(server.kinship().setupCode());
        byTestId(river, "setup-handle").sendKeys("river");
        byTestId(river, "setup-password").sendKeys(Api.password("river"));
        byTestId(river, "setup-submit").click();
        waitFor(river, ExpectedConditions.textToBe(testId("me-handle"), "river"));

        openAdminPanel(river, "New room");
        byTestId(river, "new-room-name").sendKeys("Evening check-in");
        byTestId(river, "new-room-topic").sendKeys("A calm place to end the day");
        byTestId(river, "new-room-submit").click();
        waitFor(river, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));

        openAdminPanel(river, "Invite someone");
        byTestId(river, "create-invite").click();
        waitFor(river, d -> !d.findElement(testId("invite-code")).getText().isBlank());
        String invite = river.findElement(testId("invite-code")).getText().trim();

        WebDriver sam = browser.open(390, 800); // a phone-width screen
        sam.get(server.baseUrl() + "/");
        byTestId(sam, "show-register").click();
        byTestId(sam, "register-invite").sendKeys(invite);
        byTestId(sam, "register-handle").sendKeys("sam");
        byTestId(sam, "register-password").sendKeys(Api.password("sam"));
        byTestId(sam, "register-submit").click();
        waitFor(sam, ExpectedConditions.textToBe(testId("me-handle"), "sam"));
        waitFor(sam, ExpectedConditions.elementToBeClickable(By.id("rooms-toggle"))).click(); // the phone layout's room menu
        byTestId(sam, "join-room").click();
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));

        byTestId(sam, "composer").sendKeys("Hi all, first time here. <b>not bold</b>");
        byTestId(sam, "composer").sendKeys(Keys.ENTER);
        waitFor(river, d -> bodies(d).contains("Hi all, first time here. <b>not bold</b>"));
        assertFalse(river.findElements(By.cssSelector("[data-testid='message-list'] b")).stream().findAny().isPresent(),
                "user text is shown as text, never as markup");

        byTestId(river, "composer").sendKeys("Welcome, sam. Glad you came.");
        byTestId(river, "send").click();
        waitFor(sam, d -> bodies(d).contains("Welcome, sam. Glad you came."));

        assertEquals(2, sam.findElements(testId("message")).size());
        assertEquals(2, river.findElements(testId("message")).size());

        // Both keys start with the time they were made, so the server's index of keys grows at one end.
        List<String> keys = Jdbi.create("jdbc:sqlite:" + server.databaseFile())
                .withHandle(h -> h.createQuery("SELECT client_key FROM messages ORDER BY seq").mapTo(String.class).list());
        assertEquals(2, keys.size(), keys.toString());
        for (String key : keys) {
            long madeAt = Long.parseLong(key.substring(0, key.indexOf('-')), 36);
            assertTrue(madeAt >= startedAt && madeAt <= System.currentTimeMillis(), key);
        }
        assertTrue(keys.get(0).compareTo(keys.get(1)) < 0, keys.toString());
    }

    private static void openAdminPanel(WebDriver driver, String title) {
        waitFor(driver, ExpectedConditions.elementToBeClickable(By.xpath("//summary[normalize-space()='" + title + "']"))).click();
    }

    private static String bodies(WebDriver driver) {
        return String.join("\n", driver.findElements(testId("message-body")).stream().map(e -> e.getText()).toList());
    }
}
