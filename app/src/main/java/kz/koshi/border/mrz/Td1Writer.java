package kz.koshi.border.mrz;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;

/**
 * Writes the three TD1 lines of a card (ICAO 9303 Part 5) with all four check digits. Names in any
 * script become MRZ Latin through ICAO 9303 transliteration; a name too long for line 3 is truncated
 * as Part 3 allows, never the surname's first letters.
 */
public final class Td1Writer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Td1Writer() {
    }

    public record Card(String documentCode, String issuingState, String documentNumber, LocalDate birthDate,
                       String sex, LocalDate expiryDate, String nationality, String surname, String givenNames) {
    }

    public static List<String> write(Card card) {
        if (card.documentNumber().length() != 9 || !card.documentNumber().matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("a TD1 card number here has 9 characters A-Z 0-9");
        }
        String number = card.documentNumber();
        String line1 = pad(card.documentCode(), 2) + pad(card.issuingState(), 3) + number + CheckDigit.of(number)
                + pad("", 15);
        String birth = YYMMDD.format(card.birthDate());
        String expiry = YYMMDD.format(card.expiryDate());
        String sex = "M".equals(card.sex()) || "F".equals(card.sex()) ? card.sex() : "<";
        String line2 = birth + CheckDigit.of(birth) + sex + expiry + CheckDigit.of(expiry) + pad(card.nationality(), 3)
                + pad("", 11);
        String composite = line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29);
        line2 = line2 + CheckDigit.of(composite);
        return List.of(line1, line2, nameLine(card.surname(), card.givenNames()));
    }

    static String nameLine(String surname, String givenNames) {
        String line = mrzName(surname) + "<<" + mrzName(givenNames);
        return pad(line.length() > 30 ? line.substring(0, 30) : line, 30);
    }

    /** A name as MRZ characters: ICAO transliteration, accents dropped, apostrophes removed, other marks as fillers. */
    public static String mrzName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String latin = Scripts.toLatin(name.strip(), TransliterationScheme.ICAO_9303);
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        return ascii.replaceAll("['’`ʻʼ]", "").replaceAll("[^A-Z]+", "<").replaceAll("^<+|<+$", "");
    }

    private static String pad(String text, int length) {
        StringBuilder out = new StringBuilder(text == null ? "" : text);
        while (out.length() < length) {
            out.append('<');
        }
        return out.toString();
    }
}
