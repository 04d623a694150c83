package kz.koshi.shared.translit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Transliteration and name folding for the identity engine, the border module (MRZ) and the generator.
 * Thread-safe: ICU transliterators are kept per thread, {@link #matchKey} uses no shared mutable state.
 */
public final class Scripts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Scripts() {
    }

    /**
     * Cyrillic text in the given scheme's Latin spelling; case follows the input (Юсупов: Iusupov,
     * ЮСУПОВ: IUSUPOV). Latin text passes through (passport schemes also drop its accents).
     */
    public static String toLatin(String text, TransliterationScheme scheme) {
        return LatinSpelling.of(Normalizer.normalize(text, Normalizer.Form.NFC), scheme);
    }

    /** Best-effort Russian-style Cyrillic for a Latin name, e.g. IUSUPOV SHERZOD: ЮСУПОВ ШЕРЗОД. */
    public static String toCyrillic(String latin) {
        return LatinToCyrillic.convert(Normalizer.normalize(latin, Normalizer.Form.NFC));
    }

    /** Whether the text's letters are mostly Cyrillic (a stray Latin look-alike does not change that). */
    public static boolean isCyrillic(String text) {
        int cyrillic = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                } else {
                    other++;
                }
            }
        }
        return cyrillic > other;
    }

    /**
     * Plain lower-case ASCII for display-independent comparison: NFC, Cyrillic through ICAO 9303 (so Ж
     * stays zh), other scripts through ICU Any-Latin, accents stripped, case folded, apostrophes dropped
     * (O'tkir: otkir), other punctuation to spaces, spaces collapsed and trimmed.
     */
    public static String foldToAscii(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String latin = isCyrillic(nfc) || containsCyrillic(nfc) ? toLatin(nfc, TransliterationScheme.ICAO_9303) : nfc;
        String ascii = CompiledTransforms.anyToAscii().transliterate(latin).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (!LatinFolding.isApostrophe(c) && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * The canonical Latin key under which every spelling of a name in any script or scheme should meet:
     * Юсупов, IUSUPOV, YUSUPOV, Jusupov: {@code jusupov}; Әлия, ALIYA, ÁLIIA, A'LIIA: {@code alja}.
     * Word order is kept. The folding rules and accepted collisions are listed on {@link MatchKey}.
     */
    public static String matchKey(String name) {
        return MatchKey.of(name);
    }

    private static boolean containsCyrillic(String text) {
        return text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    static Locale russian() {
        return RUSSIAN;
    }
}
