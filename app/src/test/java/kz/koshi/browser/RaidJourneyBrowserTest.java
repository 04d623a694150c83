package kz.koshi.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16 in the browser: the migration police record a raid in Russian (a raid with no place is refused first), with a
 * foreigner found working without a permit; the violation appears in stay's queue with its source, seen in Kazakh.
 * Screenshots in {@code target/screenshots/enforcement-raid/}.
 */
class RaidJourneyBrowserTest extends BrowserJourney {

    @Test
    void thePoliceRecordARaidAndItsViolationAppearsInTheQueueWithItsSource() {
        String worker = Traveller.entered(port, "RJ7700101", "KAMALOVA", 3);
        String checked = Traveller.entered(port, "RJ7700102", "BEKOVA", 2);
        Page police = login("police");
        police.navigate(url("/?lang=ru"));
        police.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Рейды и проверки")).first().click();
        assertThat(police.locator("h1")).hasText("Рейды и проверки");
        police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новый рейд или проверка")).click();
        police.locator("#name").fill("Нелегал");
        police.locator("#kind").selectOption("OPERATION");
        police.locator("#regionCode").selectOption("KZ-75");
        police.locator("[name='persons[0].person']").fill("RJ7700101");
        police.locator("[name='persons[0].violation']").selectOption("WORK_WITHOUT_PERMIT");
        police.locator("[name='persons[1].person']").fill(checked);
        police.locator("#record-raid").click();
        assertThat(police.locator("main")).containsText("Укажите место рейда: адрес или название объекта.");
        step(police, "enforcement-raid", "01-no-place-refused-ru");
        police.locator("#place").fill("Алматы, рынок «Барахолка», ул. Рыскулова");
        step(police, "enforcement-raid", "02-raid-form-ru");
        police.locator("#record-raid").click();
        assertThat(police.getByRole(AriaRole.STATUS)).containsText("Рейд записан");
        assertThat(police.locator("#raid-persons")).containsText(worker);
        assertThat(police.locator("#raid-persons")).containsText("новое нарушение в очереди");
        assertThat(police.locator("#raid-checked")).hasText("2");
        String raidUrl = police.url();
        String raid = raidUrl.substring(raidUrl.lastIndexOf('/') + 1);
        step(police, "enforcement-raid", "03-raid-recorded-ru");

        police.locator("#raid-queue").click();
        police.navigate(police.url() + "&lang=kk");
        assertThat(police.locator("#queue")).containsText(worker);
        assertThat(police.locator("#queue")).containsText("№ " + raid + " рейдте/тексеруде");
        assertThat(police.locator("#source")).hasValue("RAID");
        step(police, "enforcement-raid", "04-queue-source-kk");
        police.navigate(raidUrl + "?lang=kk");
        assertThat(police.locator("h1")).containsText("№ " + raid + " рейд");
        step(police, "enforcement-raid", "05-raid-kk");
    }
}
