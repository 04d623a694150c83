package kz.koshi.browser;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A border officer records an entry by pasting a passport MRZ (fields filled, finished by keyboard), sees the
 * migrant card with its TD1 MRZ and QR code; then anyone checks the card and verifies its credential on the
 * public page, and an altered credential fails with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("browser")
class BorderCardJourneyBrowserTest extends BrowserJourney {

    private static final String MRZ = "P<UZBNURMATOV<<JAKHONGIR<<<<<<<<<<<<<<<<<<<<\nFA76543211UZB8806150M3203019<<<<<<<<<<<<<<<6";

    @LocalServerPort
    int port;

    @Test
    void anOfficerRecordsAnEntryFromTheMrzAndThePublicPageVerifiesTheCard() {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login?lang=en");
        page.getByLabel("User name").fill("border");
        page.getByLabel("Password").fill("Koshi-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Border").setExact(true)).click();
        page.getByLabel("Checkpoint").selectOption("ROAD-ZHIBEK"); // the shift, once
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the shift")).click();
        // htmx (a deferred script) must have bound the MRZ field before it is typed into, or its change goes unheard.
        page.waitForLoadState();

        page.getByLabel("Machine-readable zone of the document").fill(MRZ);
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("every check digit is correct");
        assertThat(page.getByLabel("Document number")).hasValue("FA7654321");
        assertThat(page.getByLabel("Surname", new Page.GetByLabelOptions().setExact(true))).hasValue("NURMATOV");
        page.getByLabel("Document number").press("Enter");

        assertThat(page.locator("h1")).hasText("Crossing recorded");
        assertThat(page.locator("pre.mrz")).containsText("NURMATOV<<JAKHONGIR");
        assertThat(page.locator("figure.qr svg")).isVisible();
        String number = page.locator(".card-number").textContent().strip();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/border-card-en.png")).setFullPage(true));

        Page anyone = browser.newContext().newPage();
        anyone.navigate("http://localhost:" + port + "/verify?lang=kk");
        anyone.getByLabel("Карта нөмірі").fill(number);
        anyone.getByLabel("Карта нөмірі").press("Enter");
        assertThat(anyone.locator("#card-status")).containsText("Жарамды");
        String credential = page.request().get("http://localhost:" + port + "/api/v1/cards/" + number + "/credential",
                        com.microsoft.playwright.options.RequestOptions.create().setHeader("Authorization", "Bearer koshi-demo-border")).text()
                .replaceAll(".*\"credential\":\"([^\"]+)\".*", "$1");
        anyone.getByLabel("QR-кодтағы деректер (JWS)").fill(credential);
        anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Қолтаңбаны тексеру")).click();
        assertThat(anyone.locator("#verification")).containsText("Қолтаңба дұрыс");
        assertThat(anyone.locator("#verification")).containsText("NURMATOV");
        anyone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/card-verified-kk.png")).setFullPage(true));

        String[] parts = credential.split("\\.");
        anyone.getByLabel("QR-кодтағы деректер (JWS)").fill(parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2]);
        anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Қолтаңбаны тексеру")).click();
        assertThat(anyone.locator("#verification")).containsText(Pattern.compile("жалған|сәйкес емес|пішімі қате"));
    }
}
