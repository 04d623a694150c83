package kz.koshi.reporting.annual;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The report's title and the page number at the foot of every page, so a printed page is never loose. */
final class PageNumbers extends PdfPageEventHelper {

    private final BaseFont font;
    private final String title;

    PageNumbers(BaseFont font, String title) {
        this.font = font;
        this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, 7);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, title, document.left(), document.bottom() - 20, 0);
        canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, Integer.toString(writer.getPageNumber()), document.right(), document.bottom() - 20, 0);
        canvas.endText();
    }
}
