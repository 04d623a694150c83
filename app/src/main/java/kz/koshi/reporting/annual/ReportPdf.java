package kz.koshi.reporting.annual;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The report as an A4 PDF: title, the key figures, a section per panel with its tables, then each figure's definition
 * and source. Reproducible: the creation and modification dates are the generation instant given, the document ID is
 * derived from the content, and the fonts' subset names are fixed ({@link ReportFonts}).
 */
final class ReportPdf {

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);

    private final ReportFonts fonts = new ReportFonts();
    private java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance();
    private final Font title = new Font(fonts.bold, 16);
    private final Font heading = new Font(fonts.bold, 13);
    private final Font caption = new Font(fonts.bold, 10);
    private final Font text = new Font(fonts.sans, 9);
    private final Font strong = new Font(fonts.bold, 9);

    byte[] render(PrintedReport report, Instant generated, TimeZone zone, byte[] documentId) {
        numbers = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(report.language()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(fonts.sans, report.title()));
        document.addTitle(report.title());
        document.addSubject(report.period());
        document.addCreator("Koshi");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language()));
        document.add(new Paragraph(report.title(), title));
        document.add(new Paragraph(report.period(), text));
        document.add(new Paragraph(report.generated(), text));
        report.sections().forEach(section -> section(document, section));
        notes(document, report);
        PdfDate date = new PdfDate(calendar(generated, zone));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, PrintedReport.Section section) {
        document.add(spaced(new Paragraph(section.heading(), heading), 14));
        if (section.tables().isEmpty()) {
            document.add(spaced(new Paragraph(section.empty(), text), 4));
        }
        for (PrintedReport.Table table : section.tables()) {
            document.add(spaced(new Paragraph(table.caption(), caption), 8));
            document.add(table(table));
        }
    }

    private PdfPTable table(PrintedReport.Table table) {
        PdfPTable grid = new PdfPTable(new float[] {3, 1});
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(3);
        grid.setHeaderRows(1);
        grid.addCell(cell(table.labelHeader(), strong, Element.ALIGN_LEFT, true));
        grid.addCell(cell(table.countHeader(), strong, Element.ALIGN_RIGHT, true));
        for (PrintedReport.Row row : table.rows()) {
            Font font = row.total() ? strong : text;
            grid.addCell(cell(row.label(), font, Element.ALIGN_LEFT, false));
            String shown = row.count() == null ? row.text() : numbers.format(row.count());
            grid.addCell(cell(shown, font, row.count() == null ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, false));
        }
        return grid;
    }

    private static PdfPCell cell(String value, Font font, int align, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        if (header) {
            cell.setBackgroundColor(HEADER);
        }
        return cell;
    }

    private void notes(Document document, PrintedReport report) {
        document.newPage();
        document.add(new Paragraph(report.notesHeading(), heading));
        for (PrintedReport.Note note : report.notes()) {
            document.add(spaced(new Paragraph(note.figure(), caption), 8));
            document.add(new Paragraph(note.definition(), text));
            document.add(new Paragraph(note.source(), text));
        }
        report.remarks().forEach(remark -> document.add(spaced(new Paragraph(remark, text), 8)));
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static Calendar calendar(Instant at, TimeZone zone) {
        GregorianCalendar calendar = new GregorianCalendar(zone);
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
