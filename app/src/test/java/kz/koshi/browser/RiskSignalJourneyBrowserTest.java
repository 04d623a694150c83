package kz.koshi.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 14, risk signals in the browser: a worker finds the demo agency in the public register and files a complaint
 * without signing in (Russian); the labour officer sees the signal with its reason (Russian), opens it and reads the
 * complaint (Kazakh), and marks it handled with a note.
 */
class RiskSignalJourneyBrowserTest extends BrowserJourney {

    static final String DEMO_BIN = "140340012349";

    @Test
    void aPublicComplaintBecomesASignalTheLabourOfficerReadsAndHandles() {
        String account = "Обещали работу на стройке в Сеуле, взяли 250 000 тенге и паспорт. " + UUID.randomUUID().toString().substring(0, 8);
        Page visitor = browser.newContext().newPage();
        visitor.navigate(url("/public/agencies?lang=ru&query=" + DEMO_BIN));
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Пожаловаться на это агентство")).click();
        assertThat(visitor.getByLabel("БИН")).hasValue(DEMO_BIN);
        visitor.getByLabel("Когда это произошло").fill(LocalDate.now().minusDays(20).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        visitor.getByLabel("Что произошло").fill(account);
        visitor.getByLabel("Как с вами связаться (необязательно: телефон или e-mail)").fill("+7 701 555 00 11");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить жалобу")).click();
        assertThat(visitor.getByRole(AriaRole.ALERT).first()).containsText("Исправьте отмеченные поля");
        visitor.getByLabel("Я согласен(на), чтобы орган по труду связался со мной по этой жалобе.").check();
        step(visitor, "risk-signals", "01-complaint-ru");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить жалобу")).click();
        assertThat(visitor.getByRole(AriaRole.STATUS)).containsText("Жалоба принята");
        step(visitor, "risk-signals", "02-complaint-received-ru");

        Page officer = login("labour");
        officer.navigate(url("/recruitment?lang=ru"));
        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Открытые сигналы риска")).click();
        officer.getByLabel("Правило").selectOption("COMPLAINTS");
        officer.getByLabel("БИН").fill(DEMO_BIN);
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показать")).click();
        assertThat(officer.locator("table.data tbody tr").first()).containsText("Жалоб на агентство за последние 365 дн.");
        assertThat(officer.locator("table.data tbody tr").first()).containsText("ТОО «Демо-агентство занятости»");
        step(officer, "risk-signals", "03-signals-ru");

        officer.locator("table.data tbody tr").first().getByRole(AriaRole.LINK).click();
        officer.navigate(officer.url().replaceAll("[?].*$", "") + "?lang=kk");
        assertThat(officer.locator("p.reason")).containsText("Соңғы 365 күнде агенттікке түскен шағымдар");
        assertThat(officer.getByText(account)).isVisible();
        assertThat(officer.getByText("ашық шағым нысаны")).isVisible();
        step(officer, "risk-signals", "04-signal-kk");
        officer.getByLabel("Не істелді").fill("Агенттікке тексеру жүргізілді, лицензия тоқтатылды.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Қаралды деп белгілеу")).click();
        assertThat(officer.getByRole(AriaRole.STATUS)).hasText("Белгі қаралды деп белгіленді.");
        assertThat(officer.getByText("Агенттікке тексеру жүргізілді, лицензия тоқтатылды.")).isVisible();
        step(officer, "risk-signals", "05-handled-kk");
    }
}
