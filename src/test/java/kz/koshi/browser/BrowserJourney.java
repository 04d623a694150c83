package kz.koshi.browser;

import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One Chromium per journey class, started before its tests and closed after them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    private Playwright playwright;
    protected com.microsoft.playwright.Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Browser.start();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
