package kz.koshi.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 17, the dashboards in the browser: the commission's analyst opens each panel in Russian and Kazakh, filters a
 * panel by sex, opens a chart's table, drills from a month to its regions and downloads the table as CSV; the page
 * logs nothing to the console (the charts are SVG drawn on the server, within the content security policy). The figures
 * are the fixed ones of the dashboards' tests, so that every chart has bars whatever the demo counts.
 */
@org.springframework.context.annotation.Import(kz.koshi.reporting.web.FixedFigures.class)
class ReportingDashboardsBrowserTest extends BrowserJourney {

    static final String JOURNEY = "reporting-dashboards";
    static final String[] PANELS = {"MIGRATION", "PROTECTION", "RECRUITMENT", "KANDAS", "ENFORCEMENT"};

    @Test
    void theAnalystOpensEveryPanelFiltersDrillsDownAndExports() {
        Page page = login("analyst", 1366, 900);
        java.util.List<String> console = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        int n = 1;
        for (String lang : new String[] {"ru", "kk"}) {
            for (String panel : PANELS) {
                page.navigate(url("/reports/" + panel + "?lang=" + lang));
                assertThat(page.locator("h1")).isVisible();
                assertThat(page.locator(".subnav a[aria-current=page]")).hasCount(1);
                step(page, JOURNEY, String.format("%02d-%s-%s", n++, panel.toLowerCase(), lang));
            }
        }
        page.navigate(url("/reports/MIGRATION?lang=ru"));
        page.locator("#sex").selectOption("FEMALE");
        page.locator("#report-filter button[type=submit]").click();
        assertThat(page.locator("#h-ENTRIES ~ p.hint").first()).containsText("Пол: Женщины");
        step(page, JOURNEY, String.format("%02d-migration-women-ru", n++));

        page.locator("section.report-figure").first().getByText("Таблица и раскрытие").click();
        assertThat(page.locator("table.report-table caption")).containsText("по признаку «Месяц»");
        step(page, JOURNEY, String.format("%02d-entries-by-month-ru", n++));
        page.locator("table.report-table tbody tr th a").first().click();
        assertThat(page.locator("table.report-table caption")).containsText("по признаку «Регион»");
        step(page, JOURNEY, String.format("%02d-entries-month-by-region-ru", n++));

        page.navigate(page.url().replace("lang=ru", "") + (page.url().contains("?") ? "&" : "?") + "lang=kk");
        assertThat(page.locator("table.report-table caption")).containsText("Өңір");
        step(page, JOURNEY, String.format("%02d-entries-month-by-region-kk", n++));
        var download = page.waitForDownload(() -> page.getByText("CSV жүктеу").click());
        assertThat(page.locator("h1")).isVisible();
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("entries-region-").endsWith(".csv");

        page.navigate(url("/reports/glossary?lang=kk"));
        assertThat(page.locator("h1")).hasText("Көрсеткіштер сөздігі");
        step(page, JOURNEY, String.format("%02d-glossary-kk", n));
        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
    }
}
