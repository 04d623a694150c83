package kz.koshi.reporting.annual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.koshi.DatabaseTest;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.FigureTable;
import kz.koshi.reporting.Panel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's content, read back: the PDF's text through PDFBox, the workbook's cells through POI. */
@DatabaseTest
class AnnualReportContentTest {

    @Autowired
    ReportWording wording;
    @Autowired
    MessageSource messages;

    private ReportFixture fixture() {
        return new ReportFixture(wording, messages);
    }

    @Test
    void thePdfSaysTheCommissionsFiguresInKazakhWithItsOwnFont() throws IOException {
        byte[] pdf = fixture().make("kk", ReportFormat.PDF);
        ReportFixture.keep(pdf, "annual-2025-kk.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ведомствоаралық комиссияның есебі", "01.01.2025 – 31.12.2025 кезеңі", "17.02.2026 жасалды",
                    "Негізгі көрсеткіштер", "Құрбандарды қорғау", "Барлығы", "Ерлер", "Әйелдер", "Қарағанды облысы", "ҚК 128-бабы",
                    "Тәжікстан", "Мамыр 2025", "әзірге есептелмейді", "Анықтамалар мен дереккөздер");
            assertThat(text.replaceAll("[\\s\\u00a0\\u202f]", "")).contains("171", "107", "164", "29", "102000");
            assertThat(text).contains("Кезеңде бөліністер жоқ");
            assertThat(text.toLowerCase(Locale.ROOT)).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("kk");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(ZonedDateTime.of(2026, 2, 17, 0, 0, 0, 0, ZoneId.of("Asia/Almaty")).toInstant());
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
    }

    @Test
    void theProtectionTablesAndOnlyThemPassDisclosureAndWhatItHidesIsAnX() throws IOException {
        ReportFixture fixture = fixture();
        byte[] pdf = fixture.make("ru", ReportFormat.PDF);

        List<FigureTable> given = fixture.disclosure.given;
        assertThat(given).isNotEmpty().allSatisfy(t -> assertThat(t.figure().panel()).isEqualTo(Panel.PROTECTION));
        assertThat(given).extracting(t -> t.figure() + " " + t.by()).contains("VICTIMS_SERVED TOTAL", "VICTIMS_SERVED SEX",
                "VICTIMS_SERVED CITIZENSHIP", "VICTIMS_SERVED AGE_GROUP");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Таджикистан x", "60 лет и старше x", "Таджикистан x");
            assertThat(text).contains("Алматы 1"); // minors stopped by region: not a protection table, shown as counted
        }
    }

    @Test
    void theWorkbookHoldsEachTableWithItsCountsAsNumbers() throws IOException {
        byte[] xlsx = fixture().make("ru", ReportFormat.XLSX);
        ReportFixture.keep(xlsx, "annual-2025-ru.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(sheetNames(workbook)).containsExactly("Основные показатели", "Миграция", "Защита жертв",
                    "Трудоустройство за рубежом", "Кандасы", "Линия 11616 и правоохранительны", "Определения и источники");
            assertThat(count(workbook.getSheetAt(0), "Жертвы, получившие специальные социальные услуги")).isEqualTo(171);
            assertThat(count(workbook.getSheetAt(0), "Пресечённые каналы незаконной миграции")).isEqualTo(29);
            assertThat(count(workbook.getSheet("Защита жертв"), "Мужчины")).isEqualTo(107);
            assertThat(text(workbook.getSheet("Защита жертв"), "Таджикистан")).isEqualTo("x");
            assertThat(text(workbook.getSheetAt(0), "Рейды и проверки")).isEqualTo("пока не считается");
            assertThat(count(workbook.getSheet("Линия 11616 и правоохранительны"), "ст. 128 УК")).isEqualTo(71);
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.parse("2026-02-16T19:00:00Z"));
        }
    }

    @Test
    void theSameFiguresGiveTheSameBytesAndAnotherDayOtherBytes() {
        ReportFixture fixture = fixture();
        for (ReportFormat format : ReportFormat.values()) {
            byte[] first = fixture.make("kk", format);
            byte[] again = fixture.make("kk", format);
            byte[] laterThatDay = fixture.make("kk", format, Clock.offset(ReportFixture.MEETING_DAY, java.time.Duration.ofHours(5)));
            byte[] nextDay = fixture.make("kk", format, Clock.offset(ReportFixture.MEETING_DAY, java.time.Duration.ofDays(1)));

            assertThat(again).as(format.name()).isEqualTo(first);
            assertThat(laterThatDay).as(format.name()).isEqualTo(first);
            assertThat(nextDay).as(format.name()).isNotEqualTo(first);
        }
    }

    @Test
    void everyFigureHasItsPlaceInTheLayout() {
        assertThat(ReportLayout.TABLES.keySet()).containsExactlyInAnyOrder(Figure.values());
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Cell valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue()) && row.getCell(1) != null) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static long count(Sheet sheet, String label) {
        Cell cell = valueOf(sheet, label);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return (long) cell.getNumericCellValue();
    }

    private static String text(Sheet sheet, String label) {
        return valueOf(sheet, label).getStringCellValue();
    }
}
