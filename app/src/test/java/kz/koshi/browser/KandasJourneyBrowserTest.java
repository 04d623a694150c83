package kz.koshi.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 15 in the browser: a family on a phone (390 px wide) answers the survey from the first question in Kazakh
 * (Cyrillic, then Latin script), Russian and English, makes a mistake that is marked without losing its answers,
 * gets explained recommendations, and the akimat of Astana sees it among the families expected and reserves housing.
 */
class KandasJourneyBrowserTest extends BrowserJourney {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Test
    void aFamilyAnswersTheSurveyInEveryScriptAndTheAkimatSeesItExpected() {
        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
        Page family = phone.newPage();
        family.navigate(url("/kandas/survey?lang=kk&script=cyrl"));
        assertThat(family.locator("h1")).hasText("Қазақстанға көшер алдында қандас отбасыларына арналған сауалнама");
        step(family, "kandas", "01-first-question-kk-cyrillic");
        family.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Qazaqşa (latyn)")).click();
        assertThat(family.locator("h1")).hasText("Qazaqstanğa köşer aldynda qandas otbasylaryna arnalğan saualnama");
        family.locator("[name=consent]").check();
        family.locator("#originCountry").selectOption("CHN");
        family.locator("#originCity").fill("Ürümqi");
        family.locator("#contactName").fill("Nurgul Serikqyzy");
        family.locator("#contactPhone").fill("+86 139 0000 1111");
        step(family, "kandas", "02-first-question-kk-latin");
        family.locator("main form button[type=submit]").click();
        String reference = family.locator("#survey-reference").textContent();
        String secret = family.locator("#survey-secret").textContent();
        step(family, "kandas", "03-reference-and-secret-kk-latin");

        family.navigate(url("/kandas/survey/members?lang=ru"));
        member(family, 0, TODAY.plusDays(2).toString(), "FEMALE", "HIGHER", "IT_SPECIALIST");
        member(family, 1, "2016-09-01", "MALE", "PRIMARY", "NONE");
        family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить и продолжить")).click();
        assertThat(family.locator("main")).containsText("Дата рождения не может быть в будущем.");
        assertThat(family.locator("[name='members[1].birthDate']")).hasValue("2016-09-01");
        step(family, "kandas", "04-members-error-ru");
        family.locator("[name='members[0].birthDate']").fill("1991-02-14");
        family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить и продолжить")).click();

        family.navigate(url("/kandas/survey/plans?lang=en"));
        family.getByLabel("Preferred region 1").selectOption("KZ-71");
        family.getByLabel("Why these regions").selectOption("WORK");
        family.getByLabel("Housing on arrival").selectOption("NEEDS_TEMPORARY");
        family.getByLabel("Intended date of arrival").fill(TODAY.plusDays(3).toString());
        step(family, "kandas", "05-plans-en");
        family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and send the survey")).click();
        assertThat(family.locator("h1")).hasText("Regions recommended for your family");
        Locator astana = family.locator("#region-KZ-71");
        assertThat(astana).containsText("+ 25 vacancies for IT specialist in Astana");
        assertThat(astana).containsText("+ your preferred region no. 1");
        if (astana.getByRole(AriaRole.BUTTON).count() > 0) {
            astana.getByRole(AriaRole.BUTTON).click();
        }
        assertThat(family.locator("#region-KZ-71")).containsText("The akimat of this region expects you.");
        org.assertj.core.api.Assertions.assertThat((Integer) family.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        step(family, "kandas", "06-recommendation-en");
        family.navigate(url("/kandas/survey/result?lang=kk&script=latn"));
        assertThat(family.locator("#region-KZ-71")).containsText("Būl öñırdıñ äkımdıgı sızdı kütedı.");
        step(family, "kandas", "07-recommendation-kk-latin");

        Page akimat = login("akimat", 1366, 768);
        akimat.navigate(url("/?lang=ru"));
        akimat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Кандасы")).first().click();
        assertThat(akimat.locator("h1")).hasText("Семьи кандасов, ожидаемые в регионе");
        Locator row = akimat.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("IT-специалист");
        assertThat(row).containsText("Nurgul Serikqyzy");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Зарезервировать жильё")).click();
        assertThat(akimat.getByRole(AriaRole.STATUS)).hasText("Резерв записан; семья его видит.");
        assertThat(akimat.getByLabel("Всего мест для жилья")).not().hasValue("0");
        step(akimat, "kandas", "08-akimat-families-ru");
        akimat.navigate(url("/kandas/families?lang=kk"));
        step(akimat, "kandas", "09-akimat-families-kk");

        family.navigate(url("/kandas/survey/result?lang=ru"));
        assertThat(family.locator("main")).containsText("Жильё зарезервировано акиматом (Астана)");
        step(family, "kandas", "10-family-sees-reservation-ru");

        Page labour = login("labour", 1366, 768);
        labour.navigate(url("/?lang=kk"));
        labour.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Қандастар")).first().click();
        assertThat(labour.locator("h1")).hasText("Өңірлер бойынша қандастар квотасының пайдаланылуы");
        assertThat(labour.locator("tr", new Page.LocatorOptions().setHasText("Павлодар облысы"))).containsText("иә");
        step(labour, "kandas", "12-labour-quota-kk");

        Page again = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        again.navigate(url("/kandas/survey/resume?lang=en"));
        again.getByLabel("Survey reference").fill(reference);
        again.getByLabel("Secret code").fill("AAAAA-BBBBB-CCCCC-DDDDD");
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(again.getByRole(AriaRole.ALERT)).containsText("do not match");
        again.getByLabel("Secret code").fill(secret);
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(again.locator("h1")).hasText("Regions recommended for your family");
        step(again, "kandas", "11-resumed-on-another-phone-en");
    }

    private static void member(Page page, int row, String birth, String sex, String education, String profession) {
        String p = "members[" + row + "].";
        page.locator("[name='" + p + "birthDate']").fill(birth);
        page.locator("[name='" + p + "sex']").selectOption(sex);
        page.locator("[name='" + p + "education']").selectOption(education);
        page.locator("[name='" + p + "profession']").selectOption(profession);
        page.locator("[name='" + p + "languages'][value=KAZAKH]").check();
        page.locator("[name='" + p + "languages'][value=CHINESE]").check();
        page.locator("[name='" + p + "healthNeed']").selectOption("NONE");
    }
}
