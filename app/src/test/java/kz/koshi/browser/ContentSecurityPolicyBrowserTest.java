package kz.koshi.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages run under the content security policy without a complaint in the console: htmx injects no inline
 * style, and a browser asking for /favicon.ico gets the icon rather than a 404.
 */
class ContentSecurityPolicyBrowserTest extends BrowserJourney {

    @Test
    void theLoginPageAndAnHtmxPageLogNoErrorToTheConsole() {
        Page page = browser.newContext().newPage();
        List<String> complaints = complaintsOf(page);
        page.navigate(url("/login?lang=en"));
        page.waitForLoadState();
        page.getByLabel("User name").fill("admin");
        page.getByLabel("Password").fill("Koshi-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.navigate(url("/admin/audit?lang=en"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();
        assertThat(page.locator("#verification")).containsText("The chain is intact");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/audit\\?lang=en$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-verified-no-console-errors.png")));

        assertThat(complaints).isEmpty();
    }

    @Test
    void theFaviconIsServedAtBothAddresses() {
        Page page = browser.newContext().newPage();
        for (String path : List.of("/favicon.ico", "/img/favicon.svg")) {
            APIResponse icon = page.request().get(url(path));
            assertThat(icon.status()).as(path).isEqualTo(200);
            assertThat(icon.headers().get("content-type")).as(path).startsWith("image/svg+xml");
        }
    }

    /** Console errors and warnings (a CSP violation is one) and uncaught page errors, as they happen. */
    private static List<String> complaintsOf(Page page) {
        List<String> complaints = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                complaints.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> complaints.add("page error: " + e));
        return complaints;
    }
}
