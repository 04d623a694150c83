package kz.koshi.reporting.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a workbook (Apache POI): a sheet for the key figures and one per panel, each table under its caption
 * with counts as numbers (a hidden cell as its marker text), then a sheet of definitions and sources. Reproducible:
 * the document's dates are the generation time and every zip entry carries it ({@link StableZip}); column widths
 * are fixed, never measured with the machine's fonts.
 */
final class ReportWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold = boldStyle();

    byte[] render(PrintedReport report, LocalDateTime generated, ZoneId zone) {
        for (PrintedReport.Section section : report.sections()) {
            Sheet sheet = new Sheet(sheet(section.heading()));
            if (workbook.getNumberOfSheets() == 1) {
                sheet.line(report.title(), bold).line(report.period(), null).line(report.generated(), null).gap();
            }
            sheet.line(section.heading(), bold).gap();
            if (section.tables().isEmpty()) {
                sheet.line(section.empty(), null);
            }
            section.tables().forEach(sheet::table);
        }
        Sheet notes = new Sheet(sheet(report.notesHeading()));
        notes.line(report.notesHeading(), bold).gap();
        report.notes().forEach(n -> notes.line(n.figure(), bold).line(n.definition(), null).line(n.source(), null).gap());
        report.remarks().forEach(r -> notes.line(r, null));
        var properties = workbook.getProperties().getCoreProperties();
        Date at = Date.from(generated.atZone(zone).toInstant());
        properties.setCreated(Optional.of(at));
        properties.setModified(Optional.of(at));
        properties.setCreator("Koshi");
        properties.setTitle(report.title());
        return StableZip.stamped(bytes(), generated);
    }

    private XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setColumnWidth(0, 70 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        return sheet;
    }

    private CellStyle boldStyle() {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a sheet line by line. */
    private final class Sheet {

        private final XSSFSheet sheet;
        private int next;

        Sheet(XSSFSheet sheet) {
            this.sheet = sheet;
        }

        Sheet line(String text, CellStyle style) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(text);
            row.getCell(0).setCellStyle(style);
            return this;
        }

        Sheet gap() {
            next++;
            return this;
        }

        void table(PrintedReport.Table table) {
            line(table.caption(), bold);
            Row header = sheet.createRow(next++);
            header.createCell(0).setCellValue(table.labelHeader());
            header.createCell(1).setCellValue(table.countHeader());
            header.getCell(0).setCellStyle(bold);
            header.getCell(1).setCellStyle(bold);
            for (PrintedReport.Row row : table.rows()) {
                Row line = sheet.createRow(next++);
                line.createCell(0).setCellValue(row.label());
                if (row.count() != null) {
                    line.createCell(1).setCellValue(row.count());
                } else {
                    line.createCell(1).setCellValue(row.text());
                }
                if (row.total()) {
                    line.getCell(0).setCellStyle(bold);
                    line.getCell(1).setCellStyle(bold);
                }
            }
            gap();
        }
    }
}
