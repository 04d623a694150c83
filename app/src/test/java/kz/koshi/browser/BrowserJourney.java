package kz.koshi.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

    /**
     * Saves one step of a journey as {@code target/screenshots/<journey>/<step>.png} (whole page), so a person can
     * look at every step a role takes. Steps are named by their order and what they show, e.g. {@code 03-held-ru}.
     */
    static void step(Page page, String journey, String step) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", journey, step + ".png")).setFullPage(true));
    }

    /** A fresh browser context of the given size (e.g. 1366x768 or 800 wide) signed in as a demo account, in English. */
    Page login(String username, int width, int height) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        signIn(page, username, "Koshi-demo-2026");
        return page;
    }

    /** A fresh browser context signed in as a demo account, in English. */
    Page login(String username) {
        return login(username, "Koshi-demo-2026");
    }

    /** A fresh browser context signed in with the given account, in English. */
    Page login(String username, String password) {
        Page page = browser.newContext().newPage();
        signIn(page, username, password);
        return page;
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login?lang=en"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }
}
