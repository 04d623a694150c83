package kz.koshi.shared.translit;

import java.text.Normalizer;

/**
 * Folds one Latin letter to lower-case ASCII. Accents are dropped (Kazakh 2018 á ǵ ń ó ú, Turkish ö ü),
 * except where the accent changes the sound: ş/š to sh, ç/č to ch, ž to zh, and Kazakh 2018 ý, which is
 * У and so becomes u. Dotless ı and dotted İ are both i. The table is built once from Unicode
 * decompositions, so the hot path is an array lookup.
 */
final class LatinFolding {

    private static final int LIMIT = 0x2000;
    private static final String[] FOLDED = new String[LIMIT];

    static {
        for (char c = 0; c < LIMIT; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
                if (base.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    FOLDED[c] = base;
                }
            }
        }
        String[] special = {"ş", "sh", "š", "sh", "ç", "ch", "č", "ch", "ž", "zh", "ý", "u", "ı", "i",
            "ß", "ss", "æ", "ae", "ø", "o", "đ", "d", "ł", "l", "ŋ", "ng", "ə", "a", "ǝ", "a"};
        for (int i = 0; i < special.length; i += 2) {
            FOLDED[special[i].charAt(0)] = special[i + 1];
            FOLDED[Character.toUpperCase(special[i].charAt(0))] = special[i + 1];
        }
        FOLDED['İ'] = "i";
    }

    private LatinFolding() {
    }

    /** Lower-case ASCII letters for a Latin letter, or null when the character is not a Latin letter. */
    static String fold(char c) {
        return c < LIMIT ? FOLDED[c] : null;
    }

    /** Apostrophes and their look-alikes: Kazakh 2017 and Uzbek letter marks, Russian soft sign. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʻ' || c == 'ʼ' || c == '‘' || c == '`' || c == '´' || c == 'ʹ';
    }

    /** Combining marks of decomposed (NFD) input, skipped because the base letter carries the name. */
    static boolean isCombiningMark(char c) {
        return c >= 0x0300 && c <= 0x036F;
    }
}
