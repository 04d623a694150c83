package kz.koshi.browser;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.KazakhstanCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16 in the browser: the prosecutor registers a criminal case under article 128 with a suspect from the registry,
 * linked to a crisis centre's protection case by its number (in Russian), and sees the number but nothing of the
 * victim; the case then moves to investigation and to court (in Kazakh). Screenshots in
 * {@code target/screenshots/enforcement-case/}.
 */
class EnforcementCaseJourneyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityResolution identity;
    @Autowired
    KazakhstanCalendar calendar;

    @Test
    void theProsecutorRegistersACaseLinkedToAProtectionCaseAndItsStageMovesOn() {
        String[] victim = jdbc.sql("select case_number, pseudonym from protection_case order by id")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().getFirst();
        PersonSummary suspect = suspect();
        String reference = "247103100" + String.format("%06d", System.nanoTime() % 1_000_000);
        LocalDate opened = calendar.today().minusDays(30);

        Page prosecutor = login("prosecutor");
        prosecutor.navigate(url("/?lang=ru"));
        prosecutor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Уголовные дела").setExact(true)).first().click();
        assertThat(prosecutor.locator("h1")).hasText("Реестр уголовных дел");
        assertThat(prosecutor.locator("table.data")).isVisible();
        prosecutor.waitForLoadState();
        step(prosecutor, "enforcement-case", "01-register-ru");
        prosecutor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Зарегистрировать уголовное дело")).click();
        prosecutor.getByLabel("Номер дела в ведомстве").fill(reference);
        prosecutor.getByLabel("Статья УК РК").selectOption("128");
        prosecutor.getByLabel("Регион").selectOption("KZ-71");
        prosecutor.getByLabel("Дата возбуждения").fill(opened.toString());
        prosecutor.getByLabel("Подозреваемые лица").fill(suspect.personNumber());
        prosecutor.getByLabel("Номера дел защиты жертв").fill("TIP-1999-000001");
        prosecutor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрировать").setExact(true)).click();
        assertThat(prosecutor.locator("#protectionCases-error")).hasText("Дела защиты с таким номером нет.");
        step(prosecutor, "enforcement-case", "02-unknown-protection-case-ru");
        prosecutor.getByLabel("Номера дел защиты жертв").fill(victim[0]);
        step(prosecutor, "enforcement-case", "03-form-ru");
        prosecutor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрировать").setExact(true)).click();
        assertThat(prosecutor.getByRole(AriaRole.STATUS)).hasText("Уголовное дело зарегистрировано.");
        assertThat(prosecutor.locator("main")).containsText(victim[0]);
        assertThat(prosecutor.locator("main")).containsText(suspect.personNumber());
        assertThat(prosecutor.locator("main")).not().containsText(victim[1]);
        step(prosecutor, "enforcement-case", "04-case-ru");

        String caseUrl = prosecutor.url().replaceAll("\\?.*", "");
        prosecutor.navigate(caseUrl + "?lang=kk");
        prosecutor.getByLabel("Жаңа саты").selectOption("INVESTIGATION");
        prosecutor.getByLabel("Күні").fill(opened.plusDays(5).toString());
        prosecutor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сатыны сақтау")).click();
        assertThat(prosecutor.getByRole(AriaRole.STATUS)).hasText("Істің сатысы өзгертілді.");
        step(prosecutor, "enforcement-case", "05-investigation-kk");
        assertThat(prosecutor.getByLabel("Жаңа саты")).hasValue("COURT");
        prosecutor.getByLabel("Күні").fill(opened.plusDays(25).toString());
        prosecutor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сатыны сақтау")).click();
        assertThat(prosecutor.getByRole(AriaRole.STATUS)).hasText("Істің сатысы өзгертілді.");
        assertThat(prosecutor.locator("dl.facts")).containsText("Сотта");
        assertThat(prosecutor.getByLabel("Жаңа саты")).hasValue("CONVICTED");
        step(prosecutor, "enforcement-case", "06-court-kk");
        prosecutor.navigate(url("/enforcement/cases?lang=kk&stage=COURT&article=128"));
        assertThat(prosecutor.locator("table.data")).containsText(reference);
        step(prosecutor, "enforcement-case", "07-register-filtered-kk");
    }

    private PersonSummary suspect() {
        for (long n = 1; ; n++) {
            var p = identity.registered(PersonNumber.fromSequence(n).value());
            if (p.isPresent()) {
                return p.get();
            }
        }
    }
}
