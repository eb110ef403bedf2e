package org.kinship.server.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.waitFor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinship.server.testing.Browser;
import org.kinship.server.testing.Group;
import org.kinship.server.testing.TestServer;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-up form shows the privacy notice the server wrote from the organisation's settings, as text. */
class PrivacyNoticeBrowserTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theSignUpFormShowsWhoCanReadWhat() throws Exception {
        Group.create(server);
        WebDriver page = browser.open(390, 800);
        page.get(server.baseUrl() + "/");
        byTestId(page, "show-register").click();
        WebElement notice = byTestId(page, "privacy-notice");
        waitFor(page, d -> notice.getText().contains("never contacts emergency services"));
        assertTrue(notice.getText().contains("Supervisors do not read it"), notice.getText());
    }
}
