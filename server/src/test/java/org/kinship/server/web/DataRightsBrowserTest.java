package org.kinship.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Api;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.Pages;
import org.kinship.server.testing.TestServer;
import org.kinship.server.testing.WsClient;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The safety net's room pause and the person's data rights in real Chromium: an admin sets a room to pause
 * while nobody is on duty, a participant on a phone sees why and the way to the resources until a peer
 * leader comes on duty; the admin's organisation settings show the server's refusal; a participant
 * downloads their data and deletes their account, which ends their sign-in for good.
 */
class DataRightsBrowserTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aRoomPausesWhileNobodyIsOnDutyAndOpensWhenAPeerLeaderComesOnDuty() throws Exception {
        Group group = Group.create(server); // river: admin; sam: a participant in "Evening check-in"
        String jo = group.addMember(server, "jo.m", "peer_leader");

        WebDriver river = Pages.signIn(browser, server, 1280, 800, "river");
        waitFor(river, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        byTestId(river, "room-settings").click();
        new Select(byTestId(river, "settings-unattended")).selectByValue("lock");
        byTestId(river, "save-settings").click();
        waitFor(river, ExpectedConditions.textToBePresentInElementLocated(testId("settings-notice"), "Saved"));

        // The organisation's settings: the server's own words for a value out of range.
        byTestId(river, "org-settings-button").click();
        WebElement quiet = byTestId(river, "org-quiet-days");
        assertEquals("4", quiet.getDomProperty("value"));
        quiet.clear();
        quiet.sendKeys("90");
        byTestId(river, "org-save").click();
        waitFor(river, ExpectedConditions.textToBePresentInElementLocated(testId("org-error"), "quietAfterDays is 1 to 60"));

        WebDriver sam = Pages.signIn(browser, server, 360, 740, "sam"); // a phone
        WebElement banner = waitFor(sam, ExpectedConditions.visibilityOfElementLocated(testId("unattended-banner")));
        assertTrue(banner.getText().contains("No peer leader is on duty right now, so this room is paused."), banner.getText());
        assertEquals("true", byTestId(sam, "composer").getDomProperty("disabled"), "nothing to send while paused");
        byTestId(sam, "unattended-help").click();
        byTestId(sam, "resources-view");
        byTestId(sam, "close-panel").click();

        try (WsClient leader = WsClient.connect(server, jo)) {
            leader.ok("duty.set", "onDuty", true);
            waitFor(sam, ExpectedConditions.invisibilityOfElementLocated(testId("unattended-banner")));
            assertEquals("false", byTestId(sam, "composer").getDomProperty("disabled"));
            Pages.send(sam, "Thanks for being here tonight.");
        }
    }

    @Test
    void aPersonDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        Group.create(server);
        WebDriver sam = Pages.signIn(browser, server, 1280, 800, "sam");
        waitFor(sam, ExpectedConditions.textToBe(testId("room-name"), "Evening check-in"));
        Pages.send(sam, "Day three. Still here.");
        Cookie cookie = sam.manage().getCookieNamed("kinship_session");

        byTestId(sam, "data-button").click();
        byTestId(sam, "download-data").click();
        WebElement notice = waitFor(sam, ExpectedConditions.visibilityOfElementLocated(testId("data-notice")));
        waitFor(sam, ExpectedConditions.textToBePresentInElement(notice, "kinship-my-data.json"));
        assertTrue(Integer.parseInt(notice.getDomAttribute("data-bytes")) > 100, "the file holds the export");

        byTestId(sam, "show-privacy").click();
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("account-privacy"), "handle"));

        byTestId(sam, "delete-account").click();
        assertTrue(byTestId(sam, "delete-consequences").getText().contains("former member"),
                "says what happens under the organisation's tombstone setting");
        byTestId(sam, "delete-password").sendKeys("not-my-password-at-all");
        byTestId(sam, "confirm-delete-account").click();
        waitFor(sam, ExpectedConditions.textToBe(testId("delete-error"), "That is not your password."));
        byTestId(sam, "delete-password").clear();
        byTestId(sam, "delete-password").sendKeys(Api.password("sam"));
        byTestId(sam, "confirm-delete-account").click();

        byTestId(sam, "login-handle");
        waitFor(sam, ExpectedConditions.textToBePresentInElementLocated(testId("auth-notice"), "Your account has been deleted"));
        String oldCookie = cookie.getName() + "=" + cookie.getValue();
        assertTrue(server.api().get("/api/status", oldCookie).body().path("user").isMissingNode(), "the old sign-in no longer works");
        assertEquals(401, server.api().get("/api/export", oldCookie).status());
    }
}
