package kz.koshi.browser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person, one page, per role: a traveller who entered late-registered (a violation), is on the watch list and,
 * unknown to all but the crisis centre, is a presumed victim. Each officer reaches the person's page in one click
 * from their own work page (the board, the violation queue, the search) and sees only their sections, in Russian and
 * Kazakh; the migration police and the prosecutor alone see "removal suspended", nobody sees why; a social worker and
 * a career centre are refused the page. The language switch keeps the search's query and a form's typed input.
 */
class PersonPageJourneyBrowserTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String person;

    @BeforeAll
    void aTravellerWithAViolationABanAndACase() {
        APIRequestContext api = playwright.request().newContext();
        APIResponse entry = api.post(url("/api/v1/crossings"), json("border", """
                {"direction": "ENTRY", "checkpoint": "AIR-GUW", "occurredAt": "%s",
                 "document": {"type": "PASSPORT", "number": "FA7290514", "issuingCountry": "UZB"},
                 "surname": "TOSHMATOVA", "givenNames": "NARGIZA", "birthDate": "1991-02-27", "sex": "F",
                 "citizenship": "UZB", "purpose": "WORK"}""".formatted(Instant.now().minus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))));
        org.assertj.core.api.Assertions.assertThat(entry.status()).as(entry.text()).isEqualTo(201);
        person = entry.text().replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
        // The crossing's own assessment (asynchronous) records the overdue registration first; then the police register.
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from stay_violation where person_number = ?")
                .param(person).query(Long.class).single() > 0);
        ok(api.post(url("/api/v1/stay/registrations"), json("police", """
                {"personNumber": "%s", "party": "POLICE", "basis": "ORDINARY", "validFrom": "%s", "validUntil": "%s",
                 "address": "Almaty"}""".formatted(person, LocalDate.now(), LocalDate.now().plusDays(60)))));
        ok(api.post(url("/api/v1/border/bans"), json("police", """
                {"personNumber": "%s", "kind": "WATCH_LIST", "reason": "SEARCH", "basis": "Notice 4471/26",
                 "validFrom": "%s"}""".formatted(person, LocalDate.now()))));
        ok(api.post(url("/api/v1/protection/screenings"), json("crisis", """
                {"pathway":"HOTLINE","exploitationType":"LABOUR","crossBorder":true,"indicators":["DOCUMENTS_CONFISCATED"],
                 "presumedVictim":true,"grounds":"Passport taken by the employer.","surname":"Тошматова","givenName":"Наргиза",
                 "birthDate":"1991-02-27","sex":"F","citizenship":"UZB","regionCode":"KZ-71"}""")));
        await().atMost(java.time.Duration.ofSeconds(15)).until(() -> api.get(url("/api/v1/stay/persons/" + person + "/status"),
                RequestOptions.create().setHeader("Authorization", "Bearer koshi-demo-police")).text().contains("\"removalSuspended\":true"));
        api.dispose();
    }

    private static RequestOptions json(String token, String body) {
        return RequestOptions.create().setHeader("Authorization", "Bearer koshi-demo-" + token)
                .setHeader("Content-Type", "application/json").setData(body);
    }

    private static void ok(APIResponse response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isBetween(200, 201);
    }

    /** The person's page in Russian and in Kazakh (by the switch), with a screenshot of each; the sections shown. */
    private void sectionsInRussianAndKazakh(Page page, String role, List<String> shown, boolean toldOfSuspension) {
        page.navigate(url("/persons/" + person + "?lang=ru"));
        assertThat(page.locator("#person-name")).containsText("TOSHMATOVA");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/person-" + role + "-ru.png")).setFullPage(true));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қазақша")).click();
        assertThat(page).hasURL(url("/persons/" + person + "?lang=kk"));
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/person-" + role + "-kk.png")).setFullPage(true));
        for (String section : List.of("identity", "border", "stay")) {
            assertThat(page.locator("#" + section + "-section")).hasCount(shown.contains(section) ? 1 : 0);
        }
        assertThat(page.locator("#removal-suspended")).hasCount(toldOfSuspension ? 1 : 0);
        String main = page.locator("main").innerText().toLowerCase();
        for (String word : List.of("crisis", "кризис", "дағдарыс", "жертв", "құрбан", "victim", "тошматова")) {
            org.assertj.core.api.Assertions.assertThat(main).as(role).doesNotContain(word);
        }
    }

    @Test
    void theBorderOfficerGoesFromTheBoardToThePerson() {
        Page page = login("border");
        // The board lists the latest 50 crossings; the traveller's, nine days old, is found at its own (quiet) checkpoint.
        page.navigate(url("/border/board?checkpoint=AIR-GUW&lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person)).first().click();
        assertThat(page).hasURL(url("/persons/" + person));
        assertThat(page.locator("#person-crossings")).containsText("Atyrau");
        assertThat(page.locator("#person-bans")).containsText("Notice 4471/26");
        sectionsInRussianAndKazakh(page, "border", List.of("identity", "border", "stay"), false);
    }

    @Test
    void theMigrationPoliceGoFromTheViolationQueueToThePerson() {
        Page page = login("police");
        page.navigate(url("/stay?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person)).first().click();
        assertThat(page).hasURL(url("/persons/" + person));
        assertThat(page.locator("#person-violations")).containsText("Missed registration");
        sectionsInRussianAndKazakh(page, "police", List.of("identity", "border", "stay"), true);
    }

    @Test
    void theLabourOfficerFindsThePersonByADocumentNumberTypedInGroups() {
        Page page = login("labour");
        page.navigate(url("/persons?lang=en"));
        page.getByLabel("Search").fill("fa 729 0514");
        page.getByLabel("Search").press("Enter");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person)).click();
        assertThat(page).hasURL(url("/persons/" + person));
        sectionsInRussianAndKazakh(page, "labour", List.of("identity", "stay"), false);
    }

    @Test
    void theProsecutorOpensThePersonByTheirNumber() {
        Page page = login("prosecutor");
        page.navigate(url("/persons?lang=en"));
        page.getByLabel("Search").fill(person.toLowerCase());
        page.getByLabel("Search").press("Enter");
        assertThat(page).hasURL(url("/persons/" + person));
        sectionsInRussianAndKazakh(page, "prosecutor", List.of("identity", "stay"), true);
    }

    @Test
    void theAkimatSeesTheStaySectionOnly() {
        Page page = login("akimat");
        page.navigate(url("/stay?lang=en"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person)).first().click();
        sectionsInRussianAndKazakh(page, "akimat", List.of("stay"), false);
    }

    @Test
    void aSocialWorkerAndACareerCentreAreRefusedThePage() {
        for (String role : List.of("social", "career")) {
            Page page = login(role);
            Response answer = page.navigate(url("/persons/" + person + "?lang=ru"));
            org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(403);
            assertThat(page.locator("main")).not().containsText("TOSHMATOVA");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қазақша")).click();
            assertThat(page).hasURL(url("/persons/" + person + "?lang=kk"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/person-" + role + "-refused-kk.png")));
        }
    }

    @Test
    void theLanguageSwitchKeepsTheQueryAndTheTypedInput() {
        Page page = login("police");
        page.navigate(url("/persons?lang=en"));
        page.getByLabel("Search").fill("Toshmatova Nargiza");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=Toshmatova.*"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қазақша")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "kk");
        assertThat(page.getByLabel("Іздеу")).hasValue("Toshmatova Nargiza");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(person))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/language-search-kk.png")));

        page.navigate(url("/stay/persons/" + person + "?lang=en"));
        page.locator("#address").fill("Almaty, Abai avenue 10, flat 4");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Русский")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page).hasURL(url("/stay/persons/" + person + "?lang=ru"));
        assertThat(page.locator("#address")).hasValue("Almaty, Abai avenue 10, flat 4");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/language-form-ru.png")).setFullPage(true));
    }
}
