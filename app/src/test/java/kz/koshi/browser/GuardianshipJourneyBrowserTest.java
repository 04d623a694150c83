package kz.koshi.browser;

import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Rule V7 in the browser: a social worker screens a child, the child's referral appears in the queue of the
 * guardianship authority of the child's region, whose officer accepts it, records a measure and closes it (in Russian
 * and Kazakh); the crisis centre sees each step on the case's timeline.
 */
class GuardianshipJourneyBrowserTest extends BrowserJourney {

    @Test
    void aChildScreenedIsReferredToTheGuardianshipAuthorityWhichAcceptsAndActs() {
        Page social = login("social");
        social.navigate(url("/protection/screenings/new?lang=en"));
        social.getByLabel("Identification pathway").selectOption("RAID");
        social.getByLabel("Type of exploitation").selectOption("LABOUR");
        social.getByLabel("threats").first().check();
        social.getByLabel("Surname").fill("Bekova");
        social.getByLabel("Given name").fill("Dana");
        social.getByLabel("Date of birth").fill(LocalDate.now().minusYears(13).toString());
        social.getByLabel("Sex").selectOption("F");
        social.getByLabel("Citizenship").selectOption("KAZ");
        social.getByLabel("Region").selectOption("KZ-71");
        social.getByLabel("Grounds").fill("Found selling goods at a market for an adult who keeps her earnings; not at school.");
        social.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the screening")).click();
        assertThat(social.getByRole(AriaRole.STATUS)).hasText("Case opened.");
        String caseUrl = social.url();
        String caseNumber = social.locator("h1 > span").first().textContent();
        assertThat(social.locator("ol.timeline")).containsText("Referred to child protection Guardianship authority: Astana");
        social.setViewportSize(1366, 768);
        org.assertj.core.api.Assertions.assertThat(social.evaluate("() => [...document.querySelectorAll('main form select, main form input, main form fieldset')]"
                + ".filter(e => e.getBoundingClientRect().right > e.closest('form').getBoundingClientRect().right + 1).map(e => e.id || e.name || e.tagName)"))
                .as("controls sticking out of their form at 1366x768 (the child's consent, the centre)").asList().isEmpty();

        Page guardian = login("guardian");
        guardian.navigate(url("/?lang=ru"));
        guardian.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Направленные дети")).first().click();
        assertThat(guardian.locator("h1")).hasText("Дети, направленные в орган опеки и попечительства");
        assertThat(guardian.locator("tr", new Page.LocatorOptions().setHasText(caseNumber))).containsText("Ожидает принятия");
        assertThat(guardian.locator("main")).not().containsText("Bekova");
        guardian.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guardianship-queue-ru.png")).setFullPage(true));
        guardian.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
        assertThat(guardian.locator("main")).containsText("Bekova Dana");
        assertThat(guardian.locator("main")).containsText("Кризисный центр: Астана");
        guardian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять направление")).click();
        assertThat(guardian.getByRole(AriaRole.STATUS)).hasText("Направление принято.");
        guardian.getByLabel("Мера", new Page.GetByLabelOptions().setExact(true)).selectOption("RETURNED_TO_FAMILY_WITH_CHECK");
        guardian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать меру")).click();
        assertThat(guardian.getByRole(AriaRole.STATUS)).hasText("Мера записана.");
        assertThat(guardian.locator("main")).containsText("Возвращён(а) в семью после проверки условий жизни");
        guardian.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guardianship-referral-ru.png")).setFullPage(true));

        guardian.navigate(guardian.url() + "?lang=kk");
        assertThat(guardian.locator("h1")).containsText("Жолданған бала");
        guardian.locator("#confirmed").check();
        guardian.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Жолдауды жабу")).click();
        assertThat(guardian.getByRole(AriaRole.STATUS)).hasText("Жолдау жабылды.");
        assertThat(guardian.locator("main")).containsText("Тұрмыс жағдайы тексерілгеннен кейін отбасына қайтарылды");
        guardian.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guardianship-referral-kk.png")).setFullPage(true));
        guardian.navigate(url("/protection/guardianship?lang=kk"));
        assertThat(guardian.locator("tr", new Page.LocatorOptions().setHasText(caseNumber))).containsText("Жабылды");
        guardian.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guardianship-queue-kk.png")).setFullPage(true));

        social.navigate(caseUrl + "?lang=en");
        assertThat(social.locator("ol.timeline")).containsText("Guardianship authority accepted the referral");
        assertThat(social.locator("ol.timeline")).containsText("Returned to the family after a check of living conditions");
        assertThat(social.locator("ol.timeline")).containsText("Guardianship authority closed the referral");
        social.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guardianship-case-timeline.png")).setFullPage(true));
        // The guardianship authority reads the referral, never the case file.
        org.assertj.core.api.Assertions.assertThat(guardian.navigate(caseUrl).status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(guardian.content()).doesNotContain("Bekova").doesNotContain("not at school");
    }
}
