package kz.koshi.reporting.annual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans and its bold (Maven Central: net.sf.jasperreports:jasperreports-fonts, as the migrant card uses), which
 * carry Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і; embedded as subsets, never a system font. OpenPDF names a
 * subset with six random letters; here they are drawn from a generator seeded with the font's name, so the same report
 * gives the same bytes. New fonts for every document, as a font keeps its generator between documents.
 */
final class ReportFonts {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] SANS = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    final BaseFont sans = font("DejaVuSans.ttf", SANS);
    final BaseFont bold = font("DejaVuSans-Bold.ttf", BOLD);

    private static BaseFont font(String name, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(name.getBytes(StandardCharsets.US_ASCII));
            font.setSecureRandom(seeded);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
