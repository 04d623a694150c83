package kz.koshi.browser;

import java.time.LocalDate;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13 in the browser, a day's work in Russian and Kazakh: the social worker sees a deadline on the home page,
 * finds the case in the caseload by the name typed in Latin and by the "ending soon" filter, opens it and reads a
 * timeline with centre and service names, and refers the person to the career centre; the supervisor sees the
 * centre's deadlines and filters by centre; the career centre opens the request and sees name, region, languages,
 * skills and the agreed phone, and nothing of why.
 */
class CaseloadJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkerGoesFromTheDeadlineToTheCaseAndTheCareerCentreSeesTheRequestWithoutTheReason() {
        Page social = login("social", 1366, 768);
        social.navigate(url("/protection/screenings/new?lang=en"));
        social.getByLabel("Identification pathway").selectOption("HOTLINE");
        social.getByLabel("Type of exploitation").selectOption("LABOUR");
        social.getByLabel("threats").first().check();
        social.getByLabel("Surname").fill("Сагинтаева");
        social.getByLabel("Given name").fill("Алия");
        social.getByLabel("Date of birth").fill("1993-03-03");
        social.getByLabel("Sex").selectOption("F");
        social.getByLabel("Citizenship").selectOption("KAZ");
        social.getByLabel("Region").selectOption("KZ-71");
        social.getByLabel("Grounds").fill("Worked eleven months on a farm without pay; documents kept by the owner.");
        social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the screening")).click();
        assertThat(social.getByRole(AriaRole.STATUS)).hasText("Case opened.");
        String caseUrl = social.url().replaceAll("\\?.*", "");
        long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
        String caseNumber = social.locator("h1 > span").first().textContent();
        admitWithPlan(caseId);

        social.navigate(url("/?lang=ru"));
        assertThat(social.locator("section.reminders")).containsText(caseNumber);
        assertThat(social.locator("section.reminders")).containsText("специальные социальные услуги заканчиваются "
                + LocalDate.now().plusDays(5).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        step(social, "social-worker", "01-home-reminders-ru");
        social.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber).setExact(false)).first().click();
        assertThat(social.locator("ol.timeline")).containsText("Кризисный центр");
        social.navigate(url("/protection?lang=ru"));
        social.locator("#q").fill("sagintaeva aliya");
        social.locator("#due").selectOption("ENDING_SOON");
        social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Применить фильтр")).click();
        assertThat(social.locator("table.data").last()).containsText(caseNumber);
        org.assertj.core.api.Assertions.assertThat(social.url()).contains("q=sagintaeva+aliya").contains("due=ENDING_SOON");
        step(social, "social-worker", "02-caseload-search-ru");
        social.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        assertThat(social.locator("ol.timeline")).containsText("Кризисный центр: Астана");
        assertThat(social.locator("ol.timeline")).containsText("социально-правовые, социально-медицинские");
        assertThat(social.locator("ol.timeline")).not().containsText("CRISIS-KZ-71");
        assertThat(social.locator("ol.timeline")).not().containsText("MEDICAL");
        step(social, "social-worker", "03-case-timeline-ru");

        social.navigate(url("/?lang=kk"));
        assertThat(social.locator("section.reminders")).containsText("арнаулы әлеуметтік қызметтер");
        step(social, "social-worker", "04-home-reminders-kk");
        social.navigate(url("/protection?lang=kk&q=Сагинтаева&due=ENDING_SOON"));
        assertThat(social.locator("table.data").last()).containsText(caseNumber);
        step(social, "social-worker", "05-caseload-search-kk");
        social.navigate(caseUrl + "?lang=kk");
        assertThat(social.locator("ol.timeline")).containsText("Дағдарыс орталығы: Астана");
        assertThat(social.locator("ol.timeline")).containsText("әлеуметтік-медициналық");
        step(social, "social-worker", "06-case-timeline-kk");

        social.navigate(caseUrl + "?lang=ru");
        social.locator("#kind").selectOption("EMPLOYMENT_REFERRAL");
        social.locator("#language-KAZAKH").check();
        social.locator("#language-RUSSIAN").check();
        social.locator("#skills").fill("Доярка, работа на ферме, водительские права категории B");
        social.locator("#contactPhone").fill("+7 705 321 00 99");
        social.locator("#share-PHONE").check();
        step(social, "social-worker", "07-employment-referral-ru");
        social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать результат")).click();
        assertThat(social.getByRole(AriaRole.STATUS)).hasText("Результат записан.");

        Page supervisor = login("supervisor", 1366, 768);
        supervisor.navigate(url("/?lang=ru"));
        assertThat(supervisor.locator("section.reminders")).containsText(caseNumber);
        step(supervisor, "supervisor", "01-home-reminders-ru");
        supervisor.navigate(url("/protection?lang=ru"));
        supervisor.locator("#centre").selectOption("CRISIS-KZ-71");
        supervisor.locator("#sort").selectOption("NEWEST");
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Применить фильтр")).click();
        assertThat(supervisor.locator("table.data").last()).containsText(caseNumber);
        step(supervisor, "supervisor", "02-caseload-centre-ru");
        supervisor.navigate(url("/?lang=kk"));
        step(supervisor, "supervisor", "03-home-reminders-kk");

        Page career = login("career", 1366, 768);
        career.navigate(url("/employment?lang=ru"));
        assertThat(career.locator("main")).containsText("Сагинтаева Алия");
        step(career, "career-centre", "01-requests-ru");
        career.locator("tr", new Page.LocatorOptions().setHasText("Сагинтаева Алия")).getByRole(AriaRole.LINK).first().click();
        assertThat(career.locator("main")).containsText("Сагинтаева Алия");
        assertThat(career.locator("main")).containsText("Астана");
        assertThat(career.locator("main")).containsText("казахский");
        assertThat(career.locator("main")).containsText("Доярка, работа на ферме");
        assertThat(career.locator("main")).containsText("+7 705 321 00 99");
        String shown = career.locator("main").textContent().toLowerCase();
        org.assertj.core.api.Assertions.assertThat(shown).doesNotContain("жертв").doesNotContain("кризис").doesNotContain("торговл")
                .doesNotContain(caseNumber.toLowerCase()).doesNotContain("ферме без оплаты");
        step(career, "career-centre", "02-request-ru");
        career.navigate(career.url().replaceAll("\\?.*", "") + "?lang=kk");
        assertThat(career.locator("main")).containsText("қазақ тілі");
        org.assertj.core.api.Assertions.assertThat(career.locator("main").textContent().toLowerCase()).doesNotContain("құрбан")
                .doesNotContain("дағдарыс");
        step(career, "career-centre", "03-request-kk");

        // She found work: the centre closes the case, and its place is free again.
        ok(browser.newContext().newPage().request().post(url("/api/v1/protection/cases/" + caseId + "/closure"),
                json("{\"reason\":\"EMPLOYED\",\"closedOn\":\"" + LocalDate.now() + "\"}")));
    }

    /** The centre's own system refers, accepts, admits, sets the plan and assigns the worker; the services then end in five days. */
    private void admitWithPlan(long caseId) {
        APIRequestContext api = browser.newContext().newPage().request();
        APIResponse referral = api.post(url("/api/v1/protection/cases/" + caseId + "/referrals"), json(
                "{\"toAgency\":\"CRISIS-KZ-71\",\"needs\":[\"MEDICAL\"],\"consent\":true}"));
        org.assertj.core.api.Assertions.assertThat(referral.status()).as(referral.text()).isEqualTo(201);
        String referralId = referral.text().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        ok(api.post(url("/api/v1/protection/referrals/" + referralId + "/decision"), json("{\"accept\":true}")));
        ok(api.post(url("/api/v1/protection/cases/" + caseId + "/admission"), json("{\"admittedOn\":\"" + LocalDate.now() + "\"}")));
        ok(api.put(url("/api/v1/protection/cases/" + caseId + "/plan"), json("{\"services\":[\"MEDICAL\",\"LEGAL\"]}")));
        // The hand-over to the centre let the screening worker go; the centre gives her the case again.
        long social = jdbc.sql("select id from officer where username = 'social'").query(Long.class).single();
        ok(api.post(url("/api/v1/protection/cases/" + caseId + "/assignment"), json("{\"workers\":[" + social + "],\"reason\":\"WORKLOAD\"}")));
        jdbc.sql("update protection_case set period_ends_on = ? where id = ?").params(LocalDate.now().plusDays(5), caseId).update();
    }

    private static void ok(APIResponse response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isLessThan(300);
    }

    private static RequestOptions json(String body) {
        return RequestOptions.create().setHeader("Authorization", "Bearer koshi-demo-crisis")
                .setHeader("Content-Type", "application/json").setData(body);
    }
}
