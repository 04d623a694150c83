package kz.koshi.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A border officer works in Astana's time: a late record (entered after the fact) takes the time typed just after
 * midnight as that moment in Astana, and the receipt and the person's profile show it labelled "(Astana)".
 */
class LocalTimeBrowserTest extends BrowserJourney {

    private static final String MRZ = "P<UZBRAKHIMOV<<BOBUR<<<<<<<<<<<<<<<<<<<<<<<<\nFA12345673UZB9001011M3105010<<<<<<<<<<<<<<<2";

    @Test
    void theOfficerReadsAndTypesAstanasTime() {
        Page page = login("border");
        page.navigate(url("/border?lang=en"));
        page.getByLabel("Checkpoint").selectOption("ROAD-ZHIBEK");
        page.getByLabel("Lane", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the shift")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Late record")).click();

        page.getByLabel("Machine-readable zone of the document").fill(MRZ);
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Document number")).hasValue("FA1234567");
        page.getByLabel("Time (Astana)").fill("2026-11-21T00:30");
        page.getByLabel("Document number").press("Enter");

        assertThat(page.locator("h1")).hasText("Crossing recorded");
        assertThat(page.locator("body")).containsText("2026-11-21 00:30 (Astana)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/crossing-astana-time-en.png")).setFullPage(true));
    }
}
