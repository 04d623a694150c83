package kz.koshi.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 15, arrival and status, in the browser: a family sends its survey and gets a QR code of its reference; at the
 * booth the officer records the entry with the reference (an unknown one is marked on its field); the migration police
 * record the kandas application; the akimat of Astana sees the family arrived, records that it settled and refers the
 * arrived member to a career centre (programme KANDAS, with consent).
 */
class KandasArrivalBrowserTest extends BrowserJourney {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    static final String DAY = TODAY.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    static final String JOURNEY = "kandas-arrival";

    @Test
    void aFamilyArrivesWithItsReferenceThePoliceRecordTheApplicationAndTheAkimatSeesItArrived() {
        BrowserContext phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844));
        Page family = phone.newPage();
        family.navigate(url("/kandas/survey?lang=en"));
        family.locator("[name=consent]").check();
        family.locator("#originCountry").selectOption("UZB");
        family.locator("#originCity").fill("Nukus");
        family.locator("#contactName").fill("Daulet Qaliyev");
        family.locator("#contactPhone").fill("+998 90 555 12 34");
        family.locator("main form button[type=submit]").click();
        String reference = family.locator("#survey-reference").textContent().strip();
        String p = "members[0].";
        family.locator("[name='" + p + "birthDate']").fill("1984-06-12");
        family.locator("[name='" + p + "sex']").selectOption("MALE");
        family.locator("[name='" + p + "education']").selectOption("VOCATIONAL");
        family.locator("[name='" + p + "profession']").selectOption("IT_SPECIALIST");
        family.locator("[name='" + p + "languages'][value=KAZAKH]").check();
        family.locator("[name='" + p + "healthNeed']").selectOption("NONE");
        family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        family.getByLabel("Preferred region 1").selectOption("KZ-71");
        family.getByLabel("Why these regions").selectOption("WORK");
        family.getByLabel("Housing on arrival").selectOption("NEEDS_TEMPORARY");
        family.getByLabel("Intended date of arrival").fill(TODAY.plusDays(1).toString());
        family.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and send the survey")).click();
        assertThat(family.locator("h1")).hasText("Regions recommended for your family");
        Locator astana = family.locator("#region-KZ-71");
        if (astana.getByRole(AriaRole.BUTTON).count() > 0) {
            astana.getByRole(AriaRole.BUTTON).click();
        }
        assertThat(family.locator("#region-KZ-71")).containsText("The akimat of this region expects you.");
        family.navigate(url("/kandas/survey/result?lang=ru"));
        assertThat(family.locator(".border-reference figure.qr svg")).isVisible();
        assertThat(family.locator(".border-reference figcaption")).hasText(reference);
        assertThat(family.locator(".border-reference")).containsText("никогда не секрет");
        step(family, JOURNEY, "01-result-with-qr-ru");
        family.navigate(url("/kandas/survey/result?lang=kk"));
        assertThat(family.locator(".border-reference h2")).hasText("Шекарада");
        step(family, JOURNEY, "02-result-with-qr-kk");

        Page border = login("border", 1366, 768);
        border.navigate(url("/border?lang=ru"));
        border.getByLabel("Пункт пропуска").selectOption("ROAD-ZHIBEK");
        border.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Открыть смену")).click();
        border.waitForLoadState();
        border.locator("#documentNumber").fill("FK4455667");
        border.locator("#issuingCountry").fill("UZB");
        border.locator("#expiresOn").fill("01.02.2031");
        border.locator("#surname").fill("QALIYEV");
        border.locator("#givenNames").fill("DAULET");
        border.locator("#birthDate").fill("12.06.1984");
        border.locator("#sex").fill("M");
        border.locator("#citizenship").fill("UZB");
        border.locator("#purpose").selectOption("RESIDENCE");
        border.locator("#kandasReference").fill("KD-00000000");
        border.locator("#documentNumber").press("Enter");
        assertThat(border.locator("#kandasReference-error")).containsText("анкеты кандаса с таким номером нет");
        assertThat(border.locator("#surname")).hasValue("QALIYEV");
        step(border, JOURNEY, "03-booth-unknown-reference-ru");
        border.locator("#kandasReference").fill("");
        border.locator("#kandasReference").pressSequentially(reference.toLowerCase()); // as a 2D scanner types the QR text
        border.locator("#documentNumber").press("Enter");
        assertThat(border.locator("h1")).hasText("Пересечение записано");
        step(border, JOURNEY, "04-entry-recorded-ru");

        Page police = login("police", 1366, 768);
        Locator arrival = police.locator("tr", new Page.LocatorOptions().setHasText(reference));
        for (int tries = 0; tries < 50 && arrival.count() == 0; tries++) { // the arrival comes from border's event
            police.navigate(url("/kandas/arrivals?lang=kk"));
            if (arrival.count() == 0) {
                police.waitForTimeout(200);
            }
        }
        assertThat(arrival).containsText("Келді, өтініш әлі жоқ");
        arrival.locator("select[name=status]").selectOption("APPLIED");
        arrival.locator("input[name=on]").fill(DAY);
        step(police, JOURNEY, "05-police-arrivals-kk");
        arrival.getByRole(AriaRole.BUTTON).click();
        assertThat(police.getByRole(AriaRole.STATUS)).hasText("Өтініш мәртебесі жазылды.");
        assertThat(police.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText("Берілді: " + DAY);
        step(police, JOURNEY, "06-police-applied-kk");
        police.navigate(url("/kandas/arrivals?lang=ru"));
        assertThat(police.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText("Подано " + DAY);
        step(police, JOURNEY, "07-police-applied-ru");

        Page akimat = login("akimat", 1366, 768);
        akimat.navigate(url("/kandas/families?lang=ru"));
        Locator row = akimat.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("Прибыла " + DAY);
        step(akimat, JOURNEY, "08-akimat-family-arrived-ru");
        akimat.locator("#settlement input[name=reference]").fill(reference);
        akimat.locator("#settlement input[name=on]").fill("31.02.2026");
        akimat.locator("#settlement button[type=submit]").click();
        assertThat(akimat.locator("#on-error")).isVisible();
        assertThat(akimat.locator("#settlement input[name=reference]")).hasValue(reference);
        akimat.locator("#settlement input[name=on]").fill(DAY);
        akimat.locator("#settlement button[type=submit]").click();
        assertThat(akimat.getByRole(AriaRole.STATUS)).hasText("Поселение записано.");
        assertThat(akimat.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText("Поселилась: Астана, с " + DAY);
        step(akimat, JOURNEY, "09-akimat-family-settled-ru");
        akimat.navigate(url("/kandas/families?lang=kk"));
        assertThat(akimat.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText("Келді: " + DAY);
        step(akimat, JOURNEY, "10-akimat-family-settled-kk");
        akimat.navigate(url("/kandas/families?lang=ru"));
        akimat.locator("tr", new Page.LocatorOptions().setHasText(reference)).getByRole(AriaRole.LINK).first().click();
        assertThat(akimat.locator("#personNumber")).hasValue(java.util.regex.Pattern.compile("KP\\d{9}"));
        assertThat(akimat.locator("#programme")).hasValue("KANDAS");
        akimat.locator("#contactPhone").fill("+7 701 555 12 34");
        akimat.locator("input[name=sharedChannels][value=PHONE]").check(); // the person's consent to share the phone
        step(akimat, JOURNEY, "11-akimat-refers-to-career-centre-ru");
        akimat.locator("main form button[type=submit]").click();
        assertThat(akimat.getByRole(AriaRole.STATUS)).hasText("Человек направлен.");

        Page labour = login("labour", 1366, 768);
        labour.navigate(url("/kandas/quota?lang=kk"));
        assertThat(labour.locator("#followed")).containsText("Келген отбасылар");
        step(labour, JOURNEY, "12-labour-recommendations-followed-kk");
    }
}
