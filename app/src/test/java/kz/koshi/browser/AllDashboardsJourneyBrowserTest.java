package kz.koshi.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 17, every dashboard on the demo data: each role that has statistics signs in, sees exactly its panels in the
 * tabs, and opens each of them in Russian and then Kazakh: every panel draws at least one chart, and the table behind
 * its first chart opens, neither with an error nor a raw code (an enum name, a region or country code, a message key).
 * Each role then drills down once, downloads one table as CSV and as XLSX; the analyst downloads the annual report as
 * PDF and XLSX; a role with no statistics is refused the dashboards and the report. Screenshots in
 * {@code target/screenshots/reporting-all-dashboards/}.
 */
class AllDashboardsJourneyBrowserTest extends BrowserJourney {

    static final String JOURNEY = "reporting-all-dashboards";
    /** The demo account of each role with statistics, and the panels that role reads (ReportReaders), in tab order. */
    static final Map<String, List<String>> READERS = new LinkedHashMap<>();
    /** An enum name, a region code, a three-letter country code or a message key, as they would leak onto a page. */
    static final Pattern RAW = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|\\bKZ-\\d\\d\\b|\\b[A-Z]{3}\\b|\\b[a-z]+(\\.[a-z-]+){2,}\\b|\\?\\?");
    static final List<String> ALLOWED = List.of("PDF", "CSV", "XLSX", "SVG");

    static {
        List<String> all = List.of("MIGRATION", "PROTECTION", "RECRUITMENT", "KANDAS", "ENFORCEMENT");
        READERS.put("analyst", all);
        READERS.put("prosecutor", all);
        READERS.put("labour", List.of("MIGRATION", "PROTECTION", "RECRUITMENT", "KANDAS"));
        READERS.put("police", List.of("MIGRATION", "ENFORCEMENT"));
        READERS.put("border", List.of("MIGRATION", "ENFORCEMENT"));
        READERS.put("akimat", List.of("MIGRATION", "KANDAS"));
        READERS.put("supervisor", List.of("PROTECTION"));
        READERS.put("social", List.of("PROTECTION"));
        READERS.put("hotline", List.of("ENFORCEMENT"));
    }

    @Test
    void everyRoleWithStatisticsOpensEachOfItsPanelsInRussianAndKazakh() throws Exception {
        int n = 1;
        for (Map.Entry<String, List<String>> reader : READERS.entrySet()) {
            String role = reader.getKey();
            Page page = login(role, 1366, 900);
            List<String> console = new ArrayList<>();
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            for (String lang : List.of("ru", "kk")) {
                for (String panel : reader.getValue()) {
                    String where = role + " " + panel + " " + lang;
                    open(page, "/reports/" + panel + "?lang=" + lang, where);
                    assertThat(page.locator(".subnav a[href^='/reports/']:not([href='/reports/glossary'])"))
                            .hasCount(reader.getValue().size());
                    assertThat(page.locator(".subnav a[aria-current=page]")).hasAttribute("href", "/reports/" + panel);
                    org.assertj.core.api.Assertions.assertThat(page.locator("main svg.bar-chart").count()).as(where).isPositive();
                    noRawCode(page, where);
                    step(page, JOURNEY, String.format("%03d-%s-%s-%s", n++, role, panel.toLowerCase(), lang));
                    firstTable(page, where);
                    noRawCode(page, where + " table");
                }
            }
            n = drillAndExport(page, role, n);
            org.assertj.core.api.Assertions.assertThat(console).as(role).isEmpty();
            page.context().close();
        }
        annualReport(n);
    }

    @Test
    void aRoleWithoutStatisticsIsRefused() {
        Page page = login("career");
        for (String path : List.of("/reports", "/reports/MIGRATION", "/reports/PROTECTION", "/reports/glossary",
                "/reports/figures/ENTRIES", "/reports/annual")) {
            Response response = page.navigate(url(path + "?lang=ru"));
            org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(403);
        }
        step(page, JOURNEY, "900-career-refused-ru");
        page.context().close();
    }

    /** Opens the table behind the panel's first chart: a table with its rows, and the chart above it. */
    private void firstTable(Page page, String where) {
        Locator figure = page.locator("section.report-figure:has(svg.bar-chart)").first();
        String table = figure.locator("p.report-links a").first().getAttribute("href");
        open(page, table, where + " table");
        assertThat(page.locator("main svg.bar-chart")).hasCount(1);
        assertThat(page.locator("table.report-table caption")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("table.report-table tbody tr").count()).as(where).isPositive();
    }

    /** On the role's first panel in Russian: a table, one step down from its first row, and its CSV and XLSX. */
    private int drillAndExport(Page page, String role, int n) throws Exception {
        String panel = READERS.get(role).getFirst();
        open(page, "/reports/" + panel + "?lang=ru", role + " drill");
        Locator drillable = page.locator("section.report-figure:has(svg.bar-chart)").first();
        open(page, drillable.locator("p.report-links a").first().getAttribute("href"), role + " drill");
        String caption = page.locator("table.report-table caption").textContent();
        page.locator("table.report-table tbody tr th a").first().click();
        assertThat(page.locator("table.report-table caption")).not().hasText(caption);
        assertThat(page.locator("table.report-table")).isVisible();
        noRawCode(page, role + " drilled");
        step(page, JOURNEY, String.format("%03d-%s-drilled-ru", n++, role));

        Download csv = page.waitForDownload(() -> page.locator("p.report-links a[href*='format=csv']").click());
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).endsWith(".csv");
        org.assertj.core.api.Assertions.assertThat(text.lines().count()).as(role + " csv").isGreaterThan(1);
        Download xlsx = page.waitForDownload(() -> page.locator("p.report-links a[href*='format=xlsx']").click());
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(xlsx.path())).startsWith((byte) 'P', (byte) 'K');
        return n;
    }

    /** The analyst's annual report for the default period, in Russian: the PDF and the workbook. */
    private void annualReport(int n) throws Exception {
        Page page = login("analyst", 1366, 900);
        open(page, "/reports/annual?lang=ru", "annual");
        assertThat(page.locator("h1")).hasText("Годовой отчёт Комиссии");
        step(page, JOURNEY, String.format("%03d-annual-ru", n));
        Download pdf = page.waitForDownload(() -> page.locator("#annual-report button[value=pdf]").click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith("-ru.pdf");
        Download xlsx = page.waitForDownload(() -> page.locator("#annual-report button[value=xlsx]").click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(xlsx.path())).startsWith((byte) 'P', (byte) 'K');
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).endsWith("-ru.xlsx");
        page.context().close();
    }

    private void open(Page page, String path, String where) {
        Response response = page.navigate(path.startsWith("http") ? path : url(path));
        org.assertj.core.api.Assertions.assertThat(response.status()).as(where).isEqualTo(200);
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("main .alert")).hasCount(0);
    }

    private static void noRawCode(Page page, String where) {
        String text = page.locator("main").innerText();
        Matcher raw = RAW.matcher(text);
        List<String> found = new ArrayList<>();
        while (raw.find()) {
            if (!ALLOWED.contains(raw.group())) {
                found.add(raw.group());
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).as(where).isEmpty();
    }
}
