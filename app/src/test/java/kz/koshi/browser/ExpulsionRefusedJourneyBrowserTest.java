package kz.koshi.browser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 12: a foreign worker crosses the border; a crisis centre screens her as a presumed victim, so her reflection
 * period begins and her removal is suspended. The migration police's system is refused an expulsion (409,
 * removal-suspended); an officer who tries it on the stay file is told "Removal suspended" and nothing is recorded.
 */
class ExpulsionRefusedJourneyBrowserTest extends BrowserJourney {

    @Test
    void anExpulsionIsRefusedDuringAReflectionPeriodThroughTheApiAndTheForm() throws InterruptedException {
        Page page = login("police");
        APIRequestContext api = page.request();
        APIResponse entry = api.post(url("/api/v1/crossings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-border").setHeader("Content-Type", "application/json")
                .setData("""
                        {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%s",
                         "document": {"type": "PASSPORT", "number": "OR5530917", "issuingCountry": "UZB"},
                         "surname": "TOLIBOVA", "givenNames": "NIGINA", "birthDate": "1968-10-21", "sex": "F",
                         "citizenship": "UZB", "purpose": "WORK"}""".formatted(Instant.now().minus(3, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS))));
        org.assertj.core.api.Assertions.assertThat(entry.status()).isEqualTo(201);
        String person = JsonPath.read(entry.text(), "$.personNumber");
        APIResponse screening = api.post(url("/api/v1/protection/screenings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-crisis").setHeader("Content-Type", "application/json")
                .setData("""
                        {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":true,"indicators":["DOCUMENTS_CONFISCATED"],
                         "presumedVictim":true,"grounds":"Passport taken by the employer.","surname":"Толибова","givenName":"Нигина",
                         "birthDate":"1968-10-21","sex":"F","citizenship":"UZB","regionCode":"KZ-71"}"""));
        org.assertj.core.api.Assertions.assertThat(screening.status()).isEqualTo(201);
        await(api, person, "\"removalSuspended\":true");

        String today = LocalDate.now().toString();
        APIResponse refused = api.post(url("/api/v1/stay/expulsions"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-police").setHeader("Content-Type", "application/json")
                .setData("{\"personNumber\": \"" + person + "\", \"courtAct\": \"2-9901/2026\", \"decidedOn\": \"" + today
                        + "\", \"leaveBy\": \"" + LocalDate.now().plusDays(10) + "\"}"));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(409);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<String>read(refused.text(), "$.type"))
                .isEqualTo("urn:koshi:problem:removal-suspended");

        page.navigate(url("/?lang=en"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stay").setExact(true)).click();
        page.getByLabel("Person number").fill(person);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
        assertThat(page.locator("#removal-suspended")).hasText("Removal suspended");
        page.getByLabel("Court and decision (basis)").fill("Medeu District Court, No. 7511-26-00-3/91");
        page.getByLabel("Decision date").fill(today);
        page.getByLabel("Leave by").fill(LocalDate.now().plusDays(10).toString());
        page.getByLabel("I confirm recording the court’s expulsion order and the entry ban it brings.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the order")).click();
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Removal suspended")))
                .hasText("Removal suspended: no expulsion can be recorded or decided for this person now.");
        assertThat(page.locator("main")).containsText("No expulsion orders.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/stay-expulsion-refused-en.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stay").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Expulsion reviews")).click();
        assertThat(page.locator("h1")).hasText("Expulsion reviews");
        assertThat(page.locator("main")).not().containsText(person);
    }

    @Test
    void aMigrationOfficerDecidesAnExpulsionReviewWithAReason() throws InterruptedException {
        Page page = login("police");
        APIRequestContext api = page.request();
        APIResponse entry = api.post(url("/api/v1/crossings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-border").setHeader("Content-Type", "application/json")
                .setData("""
                        {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%s",
                         "document": {"type": "PASSPORT", "number": "C4R7719052", "issuingCountry": "DEU"},
                         "surname": "LEHMANN", "givenNames": "KATRIN", "birthDate": "1959-02-17", "sex": "F",
                         "citizenship": "DEU", "purpose": "WORK"}""".formatted(Instant.now().minus(40, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS))));
        String person = JsonPath.read(entry.text(), "$.personNumber");
        await(api, person, "\"kind\":\"OVERSTAY\"");
        APIResponse employed = api.post(url("/api/v1/stay/registrations"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-police").setHeader("Content-Type", "application/json")
                .setData("{\"personNumber\": \"" + person + "\", \"party\": \"EMPLOYER\", \"validFrom\": \"" + LocalDate.now()
                        + "\", \"validUntil\": \"" + LocalDate.now().plusDays(30) + "\"}"));
        org.assertj.core.api.Assertions.assertThat(employed.status()).isEqualTo(201);

        page.navigate(url("/stay?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Expulsion reviews")).click();
        Locator review = page.locator("section.review").filter(new Locator.FilterOptions().setHasText(person));
        assertThat(review).containsText("2 offences from");
        review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the decision")).click();
        review = page.locator("section.review").filter(new Locator.FilterOptions().setHasText(person));
        assertThat(review.locator(".field-error")).containsText("Please fill in this field.");
        review.getByLabel("No expulsion").check();
        review.getByLabel("Reason").fill("First offences; the employer is fined instead");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/stay-expulsion-review-en.png"))
                .setFullPage(true));
        review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".notice")).hasText("The decision is recorded.");
        assertThat(page.locator("main")).not().containsText(person);
    }

    /** Stay learns of a crossing or a reflection period once its transaction has committed: waits for its status to say so. */
    private void await(APIRequestContext api, String person, String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            APIResponse status = api.get(url("/api/v1/stay/persons/" + person + "/status"), RequestOptions.create()
                    .setHeader("Authorization", "Bearer koshi-demo-police"));
            if (status.text().contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the status of " + person + " never said " + text);
    }
}
