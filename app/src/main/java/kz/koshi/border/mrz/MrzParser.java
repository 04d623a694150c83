package kz.koshi.border.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a TD1, TD2 or TD3 machine-readable zone as a document reader types it (lines separated by line
 * breaks, or all in one run), verifying every check digit. Dates of birth take the century that puts them
 * in the past of {@code today}; expiry dates are in this century.
 */
public final class MrzParser {

    private MrzParser() {
    }

    public static MrzData parse(String text, LocalDate today) {
        String[] lines = lines(text);
        MrzFormat format = MrzFormat.of(lines.length, lines[0].length());
        if (format == null || Arrays.stream(lines).anyMatch(l -> l.length() != lines[0].length())) {
            throw new MrzException("mrz.shape");
        }
        for (String line : lines) {
            if (!line.matches("[A-Z0-9<]+")) {
                throw new MrzException("mrz.characters");
            }
        }
        return format == MrzFormat.TD1 ? Td1Reader.read(lines, today) : TwoLineReader.read(format, lines, today);
    }

    static String[] lines(String text) {
        String clean = text == null ? "" : text.toUpperCase(Locale.ROOT).replace('«', '<');
        String[] raw = clean.strip().split("\\R+");
        List<String> lines = new ArrayList<>();
        for (String line : raw) {
            if (!line.isBlank()) {
                lines.add(line.strip().replace(' ', '<'));
            }
        }
        if (lines.size() == 1) {
            return splitRun(lines.getFirst());
        }
        return lines.isEmpty() ? new String[] {""} : lines.toArray(String[]::new);
    }

    private static String[] splitRun(String run) {
        for (MrzFormat f : MrzFormat.values()) {
            if (run.length() == f.lines() * f.length()) {
                String[] out = new String[f.lines()];
                for (int i = 0; i < f.lines(); i++) {
                    out[i] = run.substring(i * f.length(), (i + 1) * f.length());
                }
                return out;
            }
        }
        return new String[] {run};
    }

    static LocalDate birthDate(String yymmdd, LocalDate today) {
        LocalDate date = date(yymmdd, 2000);
        return date.isAfter(today) ? date.minusYears(100) : date;
    }

    static LocalDate expiryDate(String yymmdd) {
        return date(yymmdd, 2000);
    }

    private static LocalDate date(String yymmdd, int century) {
        if (!yymmdd.matches("\\d{6}")) {
            throw new MrzException("mrz.date");
        }
        try {
            return LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new MrzException("mrz.date");
        }
    }

    /** SURNAME<<GIVEN<NAMES as "SURNAME" and "GIVEN NAMES". */
    static String[] names(String field) {
        String trimmed = field.replaceAll("<+$", "");
        int split = trimmed.indexOf("<<");
        String surname = split < 0 ? trimmed : trimmed.substring(0, split);
        String given = split < 0 ? "" : trimmed.substring(split + 2);
        return new String[] {words(surname), words(given)};
    }

    static String words(String field) {
        return field.replace('<', ' ').strip().replaceAll(" +", " ");
    }

    static String sex(char c) {
        return c == 'M' || c == 'F' ? String.valueOf(c) : "X";
    }

    static void check(List<MrzCheck> failed, MrzCheck check, String field, char digit) {
        boolean emptyOptional = check == MrzCheck.OPTIONAL_DATA && digit == '<' && field.matches("<*");
        if (!emptyOptional && !CheckDigit.matches(field, digit)) {
            failed.add(check);
        }
    }
}
