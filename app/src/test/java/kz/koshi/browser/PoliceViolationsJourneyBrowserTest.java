package kz.koshi.browser;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kz.koshi.stay.violations.GeneratedViolations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13: a migration police officer works the violation queue in Russian, then in Kazakh: filters 600 violations
 * of one region by citizenship and days found (typed 05.05.2025), sorts by name, goes to the second page, records a
 * protocol with a fine (after a refused try), exports CSV and XLSX, and sees a mistyped day as a field error.
 */
class PoliceViolationsJourneyBrowserTest extends BrowserJourney {

    private static final String PREFIX = "GENBR";
    private static final String JOURNEY = "police-violations";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void generate() {
        GeneratedViolations.remove(jdbc, PREFIX);
        GeneratedViolations.write(jdbc, PREFIX, 600, List.of("KZ-75"));
    }

    @AfterAll
    void removeGenerated() {
        GeneratedViolations.remove(jdbc, PREFIX);
    }

    @Test
    void theOfficerFiltersSortsPagesHandlesAndExportsTheQueue() throws Exception {
        LocalDate lastDay = LocalDate.ofInstant(GeneratedViolations.firstFound(), ZoneId.of("Asia/Almaty"));
        Page page = login("police", 1366, 900);
        page.navigate(url("/stay?lang=ru"));
        assertThat(page.locator("h1")).hasText("Пребывание: нарушения");
        step(page, JOURNEY, "01-queue-ru");

        page.getByLabel("Регион").selectOption("KZ-75");
        page.getByLabel("Гражданство").selectOption("UZB");
        page.getByLabel("Выявлено с").fill(lastDay.minusDays(1).format(TYPED));
        page.getByLabel("Выявлено по").fill(lastDay.format(TYPED));
        page.locator("#apply-filter").click();
        // 600 rows, a minute apart, over two Almaty days; one in five a citizen of Uzbekistan: 120, three pages.
        assertThat(page.locator("#queue-total")).hasText("Найдено нарушений: 120");
        assertThat(page.locator("#queue tbody tr")).hasCount(50);
        step(page, JOURNEY, "02-filtered-ru");

        page.locator("#sort-name").click();
        assertThat(page.locator("#queue tbody tr").first().locator(".violator")).hasText("Абдуллаева Азиз");
        step(page, JOURNEY, "03-sorted-by-name-ru");

        page.locator("nav.pager").getByText("2", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*page=2.*"));
        assertThat(page.locator("nav.pager [aria-current=page]")).hasText("2");
        String firstOnPage2 = page.locator("#queue tbody tr").first().locator(".violator").textContent();
        step(page, JOURNEY, "04-page-2-ru");

        page.locator("#queue tbody tr").first().locator("a.handle").click();
        assertThat(page.locator("h1")).hasText("Протокол об административном правонарушении");
        assertThat(page.locator("#violation")).containsText(firstOnPage2);
        page.getByLabel("Номер протокола").fill("АП № 0412/26");
        page.getByLabel("Сумма штрафа, тенге").fill("");
        page.locator("#save-handling").click();
        assertThat(page.locator("main")).containsText("Укажите сумму штрафа в тенге.");
        step(page, JOURNEY, "05-handling-refused-ru");
        page.getByLabel("Сумма штрафа, тенге").fill("58980");
        page.getByLabel("Дата протокола").fill(LocalDate.now().format(TYPED));
        page.locator("#save-handling").click();
        assertThat(page.locator("main .notice")).hasText("Нарушение отмечено как обработанное.");
        step(page, JOURNEY, "06-handled-ru");

        page.navigate(url("/stay?status=HANDLED&region=KZ-75&citizenship=UZB&from=" + lastDay.minusDays(1) + "&to=" + lastDay + "&lang=ru"));
        assertThat(page.locator("#queue-total")).hasText("Найдено нарушений: 1");
        assertThat(page.locator("#queue")).containsText("протокол АП № 0412/26: штраф");
        step(page, JOURNEY, "07-handled-list-ru");

        page.navigate(url("/stay?region=KZ-75&citizenship=UZB&from=" + lastDay.minusDays(1) + "&to=" + lastDay + "&lang=ru"));
        assertThat(page.locator("#queue-total")).hasText("Найдено нарушений: 119");
        Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
        String text = Files.readString(csv.path());
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFFНомер лица;ФИО;Гражданство;Регион;");
        org.assertj.core.api.Assertions.assertThat(text.lines().count()).isEqualTo(120);
        Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(xlsx.path())).startsWith((byte) 'P', (byte) 'K');
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");

        page.locator("#sort-name").click();
        page.locator("nav.pager").getByText("2", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        page.locator("nav.languages").getByText("Қазақша").click();
        assertThat(page.locator("h1")).hasText("Болу: бұзушылықтар");
        assertThat(page.locator("#queue-total")).hasText("Табылған бұзушылықтар: 119");
        assertThat(page.locator("nav.pager [aria-current=page]")).hasText("2");
        step(page, JOURNEY, "08-page-2-kk");

        page.locator("#queue tbody tr").first().locator("a.handle").click();
        assertThat(page.locator("h1")).hasText("Әкімшілік құқық бұзушылық туралы хаттама");
        step(page, JOURNEY, "09-handling-kk");

        page.navigate(url("/stay?from=31.02.2025&to=01.01.2025&lang=kk"));
        assertThat(page.locator(".field-error").first()).isVisible();
        step(page, JOURNEY, "10-bad-day-kk");
    }
}
