package kz.koshi.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk walkthrough's defects (issue 13) in the browser, each page in the reader's language: an unknown sort and an
 * unknown export format, a huge query on the public pages (never Tomcat's page), and a family whose preferred region
 * is not among its top three. Screens under target/screenshots/walkthrough/.
 */
class WalkthroughBrowserTest extends BrowserJourney {

    private static final String JOURNEY = "walkthrough";

    @Test
    void anUnknownSortOrExportFormatIsNamedOnAPageInTheOfficersLanguage() {
        Page page = login("police", 1366, 768);
        page.navigate(url("/stay?sort=FOO&lang=ru"));
        assertThat(page.locator("#sort")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#sort ~ .field-error")).hasText("Такой сортировки нет: выберите из списка.");
        step(page, JOURNEY, "01-unknown-sort-ru");
        page.locator("#sort").selectOption("NAME");
        page.locator("#apply-filter").click();
        assertThat(page.locator("#queue")).isVisible();

        Response refused = page.navigate(url("/stay/violations/export?format=PDF&lang=kk"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("main")).containsText("Мұндай жүктеп алу пішімі жоқ");
        step(page, JOURNEY, "02-unknown-export-format-kk");
        page.navigate(url("/stay?lang=kk"));
        assertThat(page.locator("a[id^=export-]")).hasCount(2);
    }

    @Test
    void aHugeQueryOnThePublicPagesGetsKoshisAnswerNeverTomcats() throws Exception {
        Page page = browser.newContext().newPage();
        String huge = "я".repeat(10_000);
        Response check = page.navigate(url("/public/agencies?lang=kk&query=" + huge));
        assertThat(check.status()).isEqualTo(400);
        assertThat(page.locator("#query")).hasAttribute("aria-describedby", "query-error");
        assertThat(page.locator("#query-error")).isVisible();
        assertThat(page.content()).doesNotContain("Apache Tomcat", "HTTP Status");
        step(page, JOURNEY, "03-public-check-huge-query-kk");

        HttpResponse<String> api = get("/api/v1/public/agencies?query=" + "a".repeat(10_000), "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"query\"");

        Response survey = page.navigate(url("/kandas/survey?lang=ru&origin=" + "ж".repeat(10_000)));
        assertThat(survey.status()).isLessThan(500);
        assertThat(page.content()).contains("/css/koshi.css").doesNotContain("Apache Tomcat", "HTTP Status");
        step(page, JOURNEY, "04-survey-huge-query-ru");

        // Beyond what Tomcat reads at all (64 KB): Koshi's own page, in the three languages (the request line, its path and
        // its headers are unread, so neither the language nor whether it was the API is known).
        Response beyond = page.navigate(url("/kandas/survey/resume?reference=" + "x".repeat(70_000)));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(page.locator("main")).containsText("Запрос слишком длинный или неполный");
        assertThat(page.locator("main")).containsText("Сұрау тым ұзын немесе толық емес");
        assertThat(page.content()).doesNotContain("Apache Tomcat", "HTTP Status");
        step(page, JOURNEY, "05-beyond-the-container-limit");
        HttpResponse<String> apiBeyond = get("/api/v1/public/agencies?query=" + "a".repeat(70_000), "application/json");
        assertThat(apiBeyond.statusCode()).isEqualTo(400);
        assertThat(apiBeyond.body()).doesNotContain("Tomcat").contains("The request is too long or incomplete");
    }

    @Test
    void aFamilyIsToldWhereItsPreferredRegionRankedAndWhy() {
        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
        Page family = phone.newPage();
        family.navigate(url("/kandas/survey?lang=kk&script=cyrl"));
        family.locator("[name=consent]").check();
        family.locator("#originCountry").selectOption("MNG");
        family.locator("#originCity").fill("Баян-Өлгий");
        family.locator("#contactName").fill("Айгүл Серікқызы");
        family.locator("#contactPhone").fill("+976 9911 4455");
        family.locator("main form button[type=submit]").click();
        family.navigate(url("/kandas/survey/members?lang=kk&script=cyrl"));
        family.locator("[name='members[0].birthDate']").fill("1986-04-04");
        family.locator("[name='members[0].sex']").selectOption("FEMALE");
        family.locator("[name='members[0].education']").selectOption("SECONDARY");
        family.locator("[name='members[0].profession']").selectOption("NONE");
        family.locator("[name='members[0].languages'][value=KAZAKH]").check();
        family.locator("[name='members[0].healthNeed']").selectOption("NONE");
        family.locator("main form button[type=submit]").first().click();
        family.navigate(url("/kandas/survey/plans?lang=kk&script=cyrl"));
        // Kyzylorda region: not a priority region, no offer, no quota: it cannot reach the top three on preference alone.
        family.locator("#preferredRegion1").selectOption("KZ-43");
        family.locator("#preferenceReason").selectOption("RELATIVES");
        family.locator("#housingNeed").selectOption("HAS_HOUSING");
        family.locator("#arrivalDate").fill(LocalDate.now(ZoneId.of("Asia/Almaty")).plusMonths(2).toString());
        family.locator("button[name=then][value=send]").click();
        assertThat(family.locator(".recommendation")).hasCount(3);
        assertThat(family.locator("#region-KZ-43")).hasCount(0);
        assertThat(family.locator("#preferred-KZ-43 h2")).containsText("Қызылорда облысы");
        assertThat(family.locator("#preferred-KZ-43 h2")).containsText("-орын");
        assertThat(family.locator("#preferred-KZ-43")).containsText("сіз қалаған № 1 өңір");
        step(family, JOURNEY, "06-preferred-region-elsewhere-kk");
        family.navigate(url("/kandas/survey/result?lang=ru"));
        assertThat(family.locator("#preferred-KZ-43 h2")).containsText("Ваш предпочитаемый регион «Кызылординская область»: место");
        step(family, JOURNEY, "07-preferred-region-elsewhere-ru");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A Tajik worker who entered at Saryagash ten days ago and never registered, once the violation is in the queue. */
    static String violator(int port, String passport, String surname) {
        String body = """
                {"direction": "ENTRY", "checkpoint": "RAIL-SARYAGASH", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "TJK"},
                 "surname": "%s", "givenNames": "MUNISA", "birthDate": "1990-06-06", "sex": "F",
                 "citizenship": "TJK", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(10), passport, surname);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> entry = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/crossings"))
                    .header("Authorization", "Bearer koshi-demo-border").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(entry.statusCode()).isEqualTo(201);
            String person = entry.body().replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
            HttpRequest queue = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/stay/violations?citizenship=TJK&kind=MISSED_REGISTRATION&limit=1000"))
                    .header("Authorization", "Bearer koshi-demo-police").GET().build();
            for (int i = 0; i < 60 && !client.send(queue, HttpResponse.BodyHandlers.ofString()).body().contains(person); i++) {
                Thread.sleep(500);
            }
            return person;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
