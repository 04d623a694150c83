package kz.koshi.identity.engine.normal;

import java.text.Normalizer;
import java.util.Locale;

/** Case and punctuation folding shared by every text field. */
public final class Folding {

    private Folding() {
    }

    /**
     * NFC, lower case, every run of non-letter/non-digit characters becomes one space. Apostrophes are
     * dropped rather than spaced: O'Neil and Kazakh Latin 2017 (a', o') keep one token.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else if (c != '\'' && c != '\u2019' && c != '\u02bc' && c != '`') {
                space = true;
            }
        }
        return out.toString();
    }

    /** Only the digits: phone numbers come as +7 (701) 123-45-67, 8-701-..., 7701.... */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.chars().filter(Character::isDigit).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** Upper-case letters and digits only: document numbers lose spaces and dashes between agencies. */
    public static String identifier(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.toUpperCase(Locale.ROOT).chars().filter(Character::isLetterOrDigit).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
