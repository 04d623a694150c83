package kz.koshi.browser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A migration police officer goes from the Border section to a person's bans without typing a URL, finds the
 * person by name, puts them under an entry ban (a wrong period is a field error first), lifts it with a basis;
 * then records a court expulsion on the stay file and sees the 5-year ban it brought.
 */
class BorderBanJourneyBrowserTest extends BrowserJourney {

    @Test
    void aMigrationOfficerBansLiftsAndRecordsAnExpulsion() {
        Page page = browser.newContext().newPage();
        APIResponse entry = page.request().post(url("/api/v1/crossings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-border").setHeader("Content-Type", "application/json")
                .setData("""
                        {"direction": "ENTRY", "checkpoint": "ROAD-KORDAI", "occurredAt": "%s",
                         "document": {"type": "PASSPORT", "number": "AC7005001", "issuingCountry": "KGZ"},
                         "surname": "ASANBEKOV", "givenNames": "TALANT", "birthDate": "1987-08-14", "sex": "M",
                         "citizenship": "TJK", "purpose": "WORK"}""".formatted(Instant.now().minus(3, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS))));
        org.assertj.core.api.Assertions.assertThat(entry.status()).isEqualTo(201);
        String person = entry.text().replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");

        page.navigate(url("/login?lang=en"));
        page.getByLabel("User name").fill("police");
        page.getByLabel("Password").fill("Koshi-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Entry bans").setExact(true)).click();

        page.getByLabel("Person number or search terms").fill("Asanbekov Talant 1987");
        page.getByLabel("Person number or search terms").press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person)).click();
        assertThat(page.locator("h1")).hasText("Person " + person + ": bans and guardians");

        String today = LocalDate.now().toString();
        page.getByLabel("Kind").selectOption("ENTRY_BAN");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).selectOption("SEARCH");
        page.getByLabel("Basis (document)").fill("Search notice 12/26");
        page.getByLabel("In force from").fill(today);
        page.getByLabel("In force until").fill(LocalDate.now().minusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        assertThat(page.locator(".field-error").first()).containsText("The end is before the start.");
        page.getByLabel("In force until").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        assertThat(page.locator("table.data")).containsText("Search notice 12/26");
        assertThat(page.locator("table.data")).containsText("until lifted");

        page.getByLabel("Basis for lifting").fill("Search ended, notice 12/26-b");
        page.getByLabel("I confirm lifting it: the person will be able to cross again.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lift the ban")).click();
        assertThat(page.locator("table.data")).containsText("Lifted from " + today + " (Дмитрий Ковалёв): Search ended, notice 12/26-b");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/border-bans-en.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stay file")).click();
        page.getByLabel("Court and decision (basis)").fill("Medeu District Court, No. 7511-26-00-3/90");
        page.getByLabel("Decision date").fill(today);
        page.getByLabel("Leave by").fill(LocalDate.now().plusDays(10).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the order")).click();
        assertThat(page.locator("main")).containsText("Confirm the action: tick the box.");
        page.getByLabel("I confirm recording the court’s expulsion order and the entry ban it brings.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the order")).click();
        assertThat(page.locator(".expulsion-ban")).containsText("from " + today + " until " + LocalDate.now().plusYears(5));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/stay-expulsion-en.png")).setFullPage(true));
    }
}
