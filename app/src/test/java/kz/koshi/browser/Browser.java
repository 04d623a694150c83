package kz.koshi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright driving Debian's Chromium ({@code /usr/bin/chromium}); no browser is ever downloaded.
 * Without Chromium the browser tests skip with a message, unless {@code koshi.browser.required} is true
 * (CI), where they fail.
 */
final class Browser {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private Browser() {
    }

    static Playwright start() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Debian's Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
            if (Boolean.getBoolean("koshi.browser.required")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + "; skipped");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
