package kz.koshi.border;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import kz.koshi.shared.web.QrCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable card (A6 landscape PDF): labels in Kazakh, Russian and English, the holder's data, the QR
 * code of the signed credential drawn as vector modules, and the TD1 MRZ. Fonts, embedded: DejaVu Sans (Maven
 * Central, net.sf.jasperreports:jasperreports-fonts) for Cyrillic and Kazakh letters, and OCR-B for the MRZ as
 * ICAO Doc 9303 prescribes, at its pitch of 10 characters per inch (public domain, from Debian's fonts-ocr-b;
 * see OCRB-LICENSE.txt beside it).
 */
@Component
class CardDocument {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String MRZ_FONT = "/kz/koshi/border/card/OCRB.otf";
    /** ICAO 9303 part 3: 10 characters per inch in the MRZ, i.e. 7.2 points from one character to the next. */
    private static final float MRZ_PITCH = 72f / 10;
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private final MessageSource messages;
    private final BaseFont sans = font(FONTS + "DejaVuSans.ttf");
    private final BaseFont bold = font(FONTS + "DejaVuSans-Bold.ttf");
    private final BaseFont ocrB = font(MRZ_FONT);
    private final float mrzSize = MRZ_PITCH * 1000 / ocrB.getWidth('<');

    CardDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Card card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6.rotate(), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(card.number());
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float top = PageSize.A6.getWidth() - 24;
        text(canvas, bold, 9, 20, top, trilingual("border.card.pdf.state"));
        text(canvas, bold, 11, 20, top - 15, trilingual("border.card.pdf.title"));
        float y = top - 40;
        y = field(canvas, y, "border.card.pdf.number", card.number());
        y = field(canvas, y, "border.card.pdf.surname", card.surname());
        y = field(canvas, y, "border.card.pdf.given-names", card.givenNames());
        y = field(canvas, y, "border.card.pdf.birth-date", card.birthDate().toString());
        y = field(canvas, y, "border.card.pdf.sex", card.sex());
        y = field(canvas, y, "border.card.pdf.citizenship", card.citizenship());
        field(canvas, y, "border.card.pdf.validity", card.issuedOn() + " — " + card.validUntil());
        qr(canvas, QrCode.matrix(card.credential()), 290, 80, 115);
        List<String> mrz = CardOffice.mrz(card);
        for (int i = 0; i < mrz.size(); i++) {
            text(canvas, ocrB, mrzSize, 20, 50 - i * 14, mrz.get(i));
        }
        document.close();
        return out.toByteArray();
    }

    private float field(PdfContentByte canvas, float y, String label, String value) {
        text(canvas, sans, 6, 20, y, trilingual(label));
        text(canvas, bold, 9, 20, y - 10, value == null ? "" : value);
        return y - 24;
    }

    private String trilingual(String key) {
        return String.join(" / ", LANGUAGES.stream().map(l -> messages.getMessage(key, null, l)).toList());
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static void qr(PdfContentByte canvas, BitMatrix m, float x, float y, float size) {
        float module = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private static BaseFont font(String path) {
        try (InputStream in = CardDocument.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
