package kz.koshi.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16 in the browser: a man from Uzbekistan entered through Zhibek Zholy; the migration police record the channel
 * that moved him (in Russian), naming him among the persons moved; his stay file then shows the channel (in Kazakh),
 * linked to the channel's page. Screenshots in {@code target/screenshots/enforcement-channel/}.
 */
class ChannelJourneyBrowserTest extends BrowserJourney {

    @Test
    void thePoliceRecordAChannelAndThePersonsStayFileShowsIt() {
        Page police = login("police");
        APIResponse entry = police.request().post(url("/api/v1/crossings"), RequestOptions.create()
                .setHeader("Authorization", "Bearer koshi-demo-border").setHeader("Content-Type", "application/json")
                .setData("""
                        {"direction": "ENTRY", "checkpoint": "ROAD-ZHIBEK", "occurredAt": "%s",
                         "document": {"type": "PASSPORT", "number": "FA7719305", "issuingCountry": "UZB"},
                         "surname": "MIRZAEV", "givenNames": "OYBEK", "birthDate": "1996-04-12", "sex": "M",
                         "citizenship": "UZB", "purpose": "PRIVATE"}""".formatted(Instant.now().minus(12, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS))));
        org.assertj.core.api.Assertions.assertThat(entry.status()).isEqualTo(201);
        String person = JsonPath.read(entry.text(), "$.personNumber");

        police.navigate(url("/?lang=ru"));
        police.locator("ul.tiles").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Каналы незаконной миграции")
                .setExact(true)).click();
        assertThat(police.locator("h1")).hasText("Каналы незаконной миграции");
        assertThat(police.locator("#channels")).containsText("Узбекистан → Казахстан");
        police.waitForLoadState();
        step(police, "enforcement-channel", "01-register-ru");
        police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Записать канал")).click();
        police.getByLabel("Номер или название канала").fill("МВД-ТУР/2026-77");
        police.getByLabel("Регион пресечения").selectOption("KZ-61");
        police.getByLabel("Дата пресечения").fill(LocalDate.now().minusDays(2).toString());
        police.getByLabel("Перемещено лиц (по сведениям)").fill("6");
        police.getByLabel("Страна 1").selectOption("UZB");
        police.getByLabel("Страна 2").selectOption("KAZ");
        police.getByLabel("Пункт пропуска 1").selectOption("ROAD-ZHIBEK");
        police.getByLabel("Организаторы: БИН организаций").fill("180540001000");
        police.getByLabel("Перемещённые лица: номера лиц").fill(person);
        step(police, "enforcement-channel", "02-form-ru");
        police.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать канал")).click();
        assertThat(police.getByRole(AriaRole.STATUS)).hasText("Канал записан.");
        assertThat(police.locator("#channel-route")).hasText("Узбекистан → Казахстан");
        assertThat(police.locator("#channel-persons")).containsText("MIRZAEV");
        assertThat(police.locator("#channel-persons")).containsText("канал отмечен в деле");
        String channelUrl = police.url();
        step(police, "enforcement-channel", "03-channel-ru");

        police.navigate(url("/stay/persons/" + person + "?lang=kk"));
        assertThat(police.locator("#channel-marks h2")).hasText("Заңсыз көші-қон арналары");
        assertThat(police.locator("#channel-marks")).containsText("құқықбұзушылық емес");
        step(police, "enforcement-channel", "04-stay-file-kk");
        police.locator("#channel-marks a").click();
        assertThat(police).hasURL(channelUrl.replaceAll("\\?.*", ""));
        assertThat(police.locator("#channel-persons")).containsText("арна іске белгіленді");
        step(police, "enforcement-channel", "05-channel-kk");
    }
}
