package kz.koshi.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import kz.koshi.DatabaseTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 17: the dashboards by role, their filters, charts, drill-down, exports and glossary, over the fixed figures. */
@DatabaseTest
@Import(FixedFigures.class)
class DashboardPagesTest {

    private static final Pattern SVG = Pattern.compile("(?s)<svg .*?</svg>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(request, username)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int statusOf(String username, String path) throws Exception {
        return mvc.perform(as(get(path), username)).andReturn().getResponse().getStatus();
    }

    @ParameterizedTest
    @CsvSource({
            "analyst, MIGRATION PROTECTION RECRUITMENT KANDAS ENFORCEMENT",
            "prosecutor, MIGRATION PROTECTION RECRUITMENT KANDAS ENFORCEMENT",
            "labour, MIGRATION PROTECTION RECRUITMENT KANDAS",
            "police, MIGRATION ENFORCEMENT",
            "border, MIGRATION ENFORCEMENT",
            "akimat, MIGRATION KANDAS",
            "supervisor, PROTECTION",
            "social, PROTECTION",
            "hotline, ENFORCEMENT",
            "career, ''", "guardian, ''", "agency, ''", "mfa, ''", "admin, ''"})
    void eachRoleOpensThePanelsOfItsMandateAndNoOther(String username, String panels) throws Exception {
        List<String> open = panels.isBlank() ? List.of() : List.of(panels.split(" "));
        for (String panel : List.of("MIGRATION", "PROTECTION", "RECRUITMENT", "KANDAS", "ENFORCEMENT")) {
            assertThat(statusOf(username, "/reports/" + panel)).as(username + " " + panel).isEqualTo(open.contains(panel) ? 200 : 403);
            assertThat(statusOf(username, "/reports/figures/" + firstFigureOf(panel))).as(username + " figure of " + panel)
                    .isEqualTo(open.contains(panel) ? 200 : 403);
        }
        if (open.isEmpty()) {
            assertThat(statusOf(username, "/reports")).isEqualTo(403);
            assertThat(statusOf(username, "/reports/glossary")).isEqualTo(403);
            assertThat(statusOf(username, "/reports/figures/ENTRIES/export?format=csv")).isEqualTo(403);
        } else {
            mvc.perform(as(get("/reports"), username)).andExpect(redirectedUrl("/reports/" + open.getFirst()));
            String html = page(username, get("/reports/" + open.getFirst()).param("lang", "en"));
            for (String panel : List.of("MIGRATION", "PROTECTION", "RECRUITMENT", "KANDAS", "ENFORCEMENT")) {
                assertThat(html.contains("href=\"/reports/" + panel + "\"")).as(username + " tab " + panel).isEqualTo(open.contains(panel));
            }
        }
    }

    private static String firstFigureOf(String panel) {
        return switch (panel) {
            case "MIGRATION" -> "ENTRIES";
            case "PROTECTION" -> "VICTIMS_SERVED";
            case "RECRUITMENT" -> "PLACEMENTS";
            case "KANDAS" -> "KANDAS_ARRIVED";
            default -> "HOTLINE_CALLS";
        };
    }

    @Test
    void aPanelDrawsEachFigureAsAnAccessibleChartWithoutInlineStyleAndLinksItsTable() throws Exception {
        String html = page("analyst", get("/reports/MIGRATION").param("lang", "en").param("from", "2026-01-01").param("to", "2026-03-31"));
        assertThat(html).contains("<h2 id=\"h-ENTRIES\">Entries</h2>", "Period: 01.01.2026 – 31.03.2026", "January 2026", "March 2026");
        List<String> charts = SVG.matcher(html).results().map(java.util.regex.MatchResult::group).toList();
        assertThat(charts).hasSize(10);
        for (String svg : charts) {
            Document doc = xml(svg);
            assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
            assertThat(doc.getElementsByTagName("title").getLength()).isGreaterThan(1);
            assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(0);
            assertThat(svg).doesNotContain("style=").doesNotContain("<script");
        }
        assertThat(html).contains("href=\"/reports/figures/ENTRIES?by=MONTH&amp;from=2026-01-01&amp;to=2026-03-31\"")
                .contains("href=\"/reports/glossary#ENTRIES\"").doesNotContain("style=\"");
        // The numbers are readable in the chart itself: each bar's count is written at its end.
        assertThat(charts.getFirst()).contains(">" + FixedFigures.cells(kz.koshi.reporting.Figure.ENTRIES, kz.koshi.reporting.Dimension.MONTH,
                kz.koshi.reporting.ReportFilter.period(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"))).getFirst().count() + "<");
    }

    @Test
    void aMonthLeadsToItsRegionsAndARegionToItsCitizenships() throws Exception {
        String byMonth = page("analyst", get("/reports/figures/ENTRIES").param("by", "MONTH").param("from", "2026-01-01")
                .param("to", "2026-03-31").param("lang", "ru"));
        String toRegions = "/reports/figures/ENTRIES?by=REGION&amp;from=2026-02-01&amp;to=2026-02-28";
        assertThat(byMonth).contains("<caption", "февраль 2026", "href=\"" + toRegions + "\"");
        String byRegion = page("analyst", get(toRegions.replace("&amp;", "&")).param("lang", "ru"));
        assertThat(byRegion).contains("Период: 01.02.2026 – 28.02.2026", "Алматы")
                .contains("href=\"/reports/figures/ENTRIES?by=CITIZENSHIP&amp;from=2026-02-01&amp;to=2026-02-28&amp;region=KZ-75\"");
        String byCitizenship = page("analyst", get("/reports/figures/ENTRIES").param("by", "CITIZENSHIP").param("from", "2026-02-01")
                .param("to", "2026-02-28").param("region", "KZ-75").param("lang", "ru"));
        assertThat(byCitizenship).contains("Узбекистан", "Регион: Алматы")
                .contains("href=\"/reports/figures/ENTRIES?by=SEX&amp;from=2026-02-01&amp;to=2026-02-28&amp;region=KZ-75&amp;citizenship=UZB\"");
    }

    @ParameterizedTest
    @CsvSource({"from, 2026-13-01", "from, 0001-01-01", "to, 31.12.2026", "region, KZ-00", "citizenship, XXX", "sex, OTHER",
            "ageGroup, FROM_99"})
    void aBadFilterIsAFieldErrorNeverA500(String field, String value) throws Exception {
        String html = page("analyst", get("/reports/MIGRATION").param(field, value).param("lang", "en"));
        assertThat(html).contains("Please correct the marked fields.").doesNotContain("<svg ");
        assertThat(page("analyst", get("/reports/figures/ENTRIES").param(field, value).param("lang", "en")))
                .contains("Please correct the marked fields.");
    }

    @Test
    void aReversedPeriodAHugeValueAndAnUnknownBreakdownAreRefusedCalmly() throws Exception {
        assertThat(page("analyst", get("/reports/MIGRATION").param("from", "2026-05-01").param("to", "2026-04-01").param("lang", "en")))
                .contains("The period ends before it starts.");
        assertThat(page("analyst", get("/reports/MIGRATION").param("region", "K".repeat(10_000)).param("lang", "en")))
                .contains("There is no such region");
        assertThat(page("analyst", get("/reports/figures/HOTLINE_CALLS").param("by", "CITIZENSHIP").param("lang", "en")))
                .contains("This figure cannot be broken down by the chosen attribute.", "aria-invalid=\"true\"");
        assertThat(statusOf("analyst", "/reports/NOTHING")).isEqualTo(404);
        assertThat(statusOf("analyst", "/reports/figures/NOTHING")).isEqualTo(404);
        assertThat(statusOf("analyst", "/reports/figures/ENTRIES/export?format=pdf")).isEqualTo(400);
    }

    @Test
    void aFigureThatDoesNotCarryAFilterSaysSoAndOneNotCountedYetToo() throws Exception {
        String html = page("analyst", get("/reports/ENFORCEMENT").param("citizenship", "UZB").param("lang", "en"));
        assertThat(html).contains("This figure is not broken down by citizenship.", "This figure is not counted yet.");
    }

    @Test
    void protectionCountsAreShownOnlyThroughDisclosure() throws Exception {
        String html = page("analyst", get("/reports/figures/VICTIMS_SERVED").param("by", "AGE_GROUP").param("lang", "en"));
        assertThat(html).contains("small counts protected", "hidden");
        assertThat(html).doesNotContain("<td class=\"number\">3</td>");
    }

    @Test
    void theGlossaryDefinesEveryFigureAndEachChartLinksToIt() throws Exception {
        String html = page("police", get("/reports/glossary").param("lang", "kk"));
        for (kz.koshi.reporting.Figure figure : kz.koshi.reporting.Figure.values()) {
            assertThat(html).contains("<dt id=\"" + figure.name() + "\"");
        }
        assertThat(html).contains("Көрсеткіштер сөздігі", "Ағын: бүкіл кезең үшін есептеледі.");
    }

    @Test
    void theCsvExportIsUtf8WithBomAndHeaderRowsInTheReadersLanguageAndIsAudited() throws Exception {
        long before = exports();
        byte[] csv = mvc.perform(as(get("/reports/figures/ENTRIES/export").param("format", "csv").param("by", "REGION")
                        .param("from", "2026-01-01").param("to", "2026-01-31").param("sex", "FEMALE").param("lang", "kk"), "analyst"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Келулер");
        assertThat(lines.get(1)).startsWith("Анықтама;");
        assertThat(lines.get(3)).isEqualTo("Сүзгі;\"Кезең: 01.01.2026 – 31.01.2026; Жынысы: Әйелдер\"");
        assertThat(lines.get(4)).isEqualTo("Бөлу;Өңір");
        assertThat(lines.get(6)).isEqualTo("Өңір;Код;Саны");
        assertThat(lines.get(7)).startsWith("Алматы;KZ-75;");
        assertThat(lines.getLast()).startsWith("Барлығы;;");
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select subject_id from audit_entry where action = 'REPORT_TABLE_EXPORTED' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("ENTRIES");
    }

    @Test
    void theXlsxExportHoldsTheSameTableWithCountsAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(as(get("/reports/figures/VICTIMS_SERVED/export").param("format", "xlsx").param("by", "SEX")
                        .param("lang", "en"), "labour"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(sheet.getSheetName());
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Sex");
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Count");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Men");
            // No Disclosure on this branch's main: every protection cell is hidden rather than shown.
            var men = sheet.getRow(7).getCell(2);
            if (men.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                assertThat(men.getStringCellValue()).isEqualTo("hidden"); // no Disclosure installed: every protection cell hidden
            } else {
                assertThat(men.getNumericCellValue()).isGreaterThan(4);
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(as(get("/reports/figures/ENTRIES/export")
                .param("format", "XLSX").param("by", "MONTH").param("from", "2026-01-01").param("to", "2026-02-28"), "analyst"))
                .andReturn().getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("2026-01");
            assertThat(sheet.getRow(7).getCell(2).getNumericCellValue()).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"social", "hotline", "akimat"})
    void aReaderOutsideAPanelCannotExportItsFigures(String username) throws Exception {
        long before = exports();
        String figure = username.equals("akimat") ? "CRIMES" : "ENTRIES";
        if (username.equals("hotline")) {
            figure = "VICTIMS_SERVED";
        }
        assertThat(statusOf(username, "/reports/figures/" + figure + "/export?format=csv&from=bad")).isEqualTo(403);
        assertThat(exports()).isEqualTo(before);
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_entry where action = 'REPORT_TABLE_EXPORTED'").query(Long.class).single();
    }

    private static Document xml(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
