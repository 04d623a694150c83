package kz.koshi.browser;

import com.microsoft.playwright.Playwright;
import kz.koshi.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A browser journey against the running application: one Chromium for the class, closed at the end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;

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

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
