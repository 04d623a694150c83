package kz.koshi.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An officer's first minutes: log in, switch to Kazakh, see the role's home page, hit a missing page, log out. */
class LoginJourneyBrowserTest extends BrowserJourney {

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
