package kz.koshi.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.TestProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An officer's first minutes: log in, switch to Kazakh, see the role's home page, hit a missing page, log out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
class LoginJourneyBrowserTest {

    @LocalServerPort
    int port;

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

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

    @Test
    void borderOfficerLogsInSwitchesToKazakhAndLogsOut() {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        page.getByLabel("Имя пользователя").fill("border");
        page.getByLabel("Пароль").fill("Koshi-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();

        assertThat(page.locator("h1")).hasText("Пункт пропуска");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қазақша")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.locator("h1")).hasText("Өткізу пункті");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Бөлімдер"))).containsText("Шекара");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/border-home-kk.png")).setFullPage(true));

        page.navigate("http://localhost:" + port + "/no-such-page");
        assertThat(page.locator("h1")).hasText("Бет табылмады");

        page.navigate("http://localhost:" + port + "/admin/officers");
        assertThat(page.locator("h1")).hasText("Қол жеткізуге тыйым салынған");

        page.navigate("http://localhost:" + port + "/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Шығу")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Сіз жүйеден шықтыңыз.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/logged-out-kk.png")));
    }
}
