package org.kinship.server.testing;

import static org.kinship.server.testing.Browser.byTestId;
import static org.kinship.server.testing.Browser.testId;
import static org.kinship.server.testing.Browser.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a person does on the page, shared by the browser tests. */
public final class Pages {
    private Pages() {
    }

    /** A new browser of this size, signed in through the form as {@code handle}. */
    public static WebDriver signIn(Browser browser, ServerAddress server, int width, int height, String handle) throws Exception {
        WebDriver driver = browser.open(width, height);
        driver.get(server.baseUrl() + "/");
        byTestId(driver, "login-handle").sendKeys(handle);
        byTestId(driver, "login-password").sendKeys(Api.password(handle));
        byTestId(driver, "login-submit").click();
        waitFor(driver, ExpectedConditions.textToBe(testId("me-handle"), handle));
        return driver;
    }

    /** Types a message, sends it with Enter, and waits until the server has stored it. */
    public static void send(WebDriver driver, String body) {
        byTestId(driver, "composer").sendKeys(body);
        byTestId(driver, "composer").sendKeys(Keys.ENTER);
        messageWithBody(driver, body);
    }

    /** The stored (not pending) message with this text, once it is there. */
    public static WebElement messageWithBody(WebDriver driver, String body) {
        return waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[@data-testid='message' and @data-seq][.//*[@data-testid='message-body' and text()="
                        + xpathLiteral(body) + "]]")));
    }

    /** A string literal for XPath 1.0, which has no escapes: split on apostrophes with concat(). */
    public static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
