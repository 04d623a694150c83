package kz.koshi.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16 in the browser: the hotline operator logs a call of possible trafficking and routes it (in Russian); the
 * screening request waits at Astana's crisis centre, whose social worker reads the facts and opens a screening from it
 * (in Kazakh); the hotline then sees that it was screened. Screenshots in {@code target/screenshots/hotline/}.
 */
class HotlineJourneyBrowserTest extends BrowserJourney {

    private static final String FACTS = "Звонит сестра: брата держат на стройке в Астане, паспорт забрали, зарплату не платят.";

    @Test
    void theOperatorRoutesACallOfPossibleTraffickingAndTheCrisisCentreScreensIt() {
        Page hotline = login("hotline");
        hotline.navigate(url("/?lang=ru"));
        assertThat(hotline.locator("h1")).hasText("Горячая линия 11616");
        hotline.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Горячая линия").setExact(true)).first().click();
        hotline.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Записать звонок")).click();
        hotline.getByLabel("Анонимно").check();
        hotline.getByLabel("Язык звонившего").selectOption("RUSSIAN");
        hotline.getByLabel("Тема").selectOption("POSSIBLE_TRAFFICKING");
        hotline.getByLabel("Регион").selectOption("KZ-71");
        hotline.getByLabel("Факты со слов звонившего").fill(FACTS);
        hotline.getByLabel("В обращении названа жертва").check();
        step(hotline, "hotline", "01-call-form-ru");
        hotline.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать").setExact(true)).click();
        assertThat(hotline.getByRole(AriaRole.STATUS)).hasText("Звонок записан.");
        String callUrl = hotline.url();
        hotline.getByLabel("Куда направить").selectOption("SCREENING");
        hotline.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Направить").setExact(true)).click();
        assertThat(hotline.getByRole(AriaRole.STATUS)).hasText("Обращение направлено.");
        assertThat(hotline.locator("table.data")).containsText("Кризисный центр: Астана");
        assertThat(hotline.locator("table.data")).containsText("скрининг ожидается");
        step(hotline, "hotline", "02-call-routed-ru");
        hotline.navigate(callUrl + "?lang=kk");
        assertThat(hotline.locator("table.data")).containsText("скрининг күтілуде");
        step(hotline, "hotline", "03-call-routed-kk");

        Page social = login("social");
        social.navigate(url("/protection?lang=kk"));
        assertThat(social.locator("#requests-title")).hasText("Сенім телефонының скринингке сұраулары");
        step(social, "hotline", "04-caseload-requests-kk");
        social.locator("main a[href^='/protection/requests/']").last().click();
        assertThat(social.locator("main")).containsText(FACTS);
        step(social, "hotline", "05-request-kk");
        social.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Скрининг жүргізу")).click();
        assertThat(social.locator("#grounds")).hasValue(FACTS);
        social.locator("#exploitationType").selectOption("LABOUR");
        social.locator("input[name=indicators]").first().check();
        social.locator("#surname").fill("Серіков");
        social.locator("#givenName").fill("Ерлан");
        social.locator("#birthDate").fill(LocalDate.now().minusYears(30).toString());
        social.locator("#sex").selectOption("M");
        social.locator("#citizenship").selectOption("KAZ");
        step(social, "hotline", "06-screening-from-request-kk");
        social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Скринингті сақтау")).click();
        assertThat(social.getByRole(AriaRole.STATUS)).hasText("Іс ашылды.");
        step(social, "hotline", "07-case-opened-kk");
        social.navigate(social.url() + "?lang=ru");
        step(social, "hotline", "08-case-opened-ru");

        hotline.navigate(callUrl + "?lang=ru");
        assertThat(hotline.locator("table.data")).containsText("скрининг проведён");
        assertThat(hotline.locator("main")).not().containsText("Серіков");
        step(hotline, "hotline", "09-call-screened-ru");
    }
}
