package kz.koshi.reporting.annual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import kz.koshi.DatabaseTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 17, "Done when": the exports open in LibreOffice. Headless soffice converts the annual report's workbook to CSV
 * and to PDF, and the violation queue's CSV (UTF-8 with BOM, semicolons) to a workbook; what it read is checked.
 */
@DatabaseTest
@Tag("office")
class LibreOfficeOpensTheExportsTest {

    @Autowired
    ReportWording wording;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void office() {
        LibreOffice.require();
    }

    @Test
    void theReportsWorkbookOpensAndReadsAsCsvWithItsKazakhAndItsNumbers() throws IOException {
        Path xlsx = ReportFixture.keep(new ReportFixture(wording, messages).make("kk", ReportFormat.XLSX), "office-annual-kk.xlsx");

        // 44: comma, 34: quote, 76: UTF-8; the first sheet, the key figures.
        String csv = Files.readString(LibreOffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", null), StandardCharsets.UTF_8);

        assertThat(csv).contains("Ведомствоаралық комиссияның есебі: көші-қон және адам саудасына қарсы іс-қимыл");
        assertThat(csv).contains("\"Арнаулы әлеуметтік қызмет алған құрбандар\",171", "\"Жолы кесілген заңсыз көші-қон арналары\",29",
                "\"Рейдтер мен тексерулер\",\"әзірге есептелмейді\"");
    }

    @Test
    void theReportsWorkbookPrintsEverySheetToPdf() throws IOException {
        Path xlsx = ReportFixture.keep(new ReportFixture(wording, messages).make("ru", ReportFormat.XLSX), "office-annual-ru.xlsx");

        Path pdf = LibreOffice.convert(xlsx, "pdf", null);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).toLowerCase(Locale.ROOT);
            assertThat(text).contains("основные показатели", "защита жертв", "мужчины", "таджикистан", "ст. 128 ук", "определения и источники");
        }
    }

    @Test
    void theViolationQueuesCsvOpensWithItsColumnsAndCyrillic() throws Exception {
        byte[] exported = mvc.perform(get("/stay/violations/export").param("format", "CSV").param("lang", "ru")
                .with(user(users.loadUserByUsername("police")))).andReturn().getResponse().getContentAsByteArray();
        Path csv = ReportFixture.keep(exported, "office-violations.csv");

        // 59: semicolon, 34: quote, 76: UTF-8.
        Path xlsx = LibreOffice.convert(csv, "xlsx", "Text - txt - csv (StarCalc):59,34,76,1");

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Номер лица");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("ФИО");
            assertThat((int) header.getLastCellNum()).isGreaterThan(5);
        }
    }
}
