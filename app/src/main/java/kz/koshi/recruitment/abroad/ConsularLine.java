package kz.koshi.recruitment.abroad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import kz.koshi.shared.CleanText;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.Iin;

/**
 * One line of the consular feed, {@value #HEADER}: read and checked, or refused naming the column at fault. Days are
 * typed {@code 05.05.2026} or ISO; the legal status is WITH_PERMIT, WITHOUT_PERMIT or UNKNOWN.
 */
final class ConsularLine {

    static final String HEADER = "iin,surname,given_name,country,city,registered_on,legal_status,deregistered_on";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> STATUSES = Set.of("WITH_PERMIT", "WITHOUT_PERMIT", "UNKNOWN");

    private ConsularLine() {
    }

    /** The registration, or the refusal naming the first column at fault. */
    static Object read(long number, String line, Predicate<String> countryKnown, LocalDate today) {
        List<String> cells = List.of(line.split(",", -1)).stream().map(String::strip).toList();
        if (cells.size() != 8) {
            return new RefusedLine(number, "line", "abroad.consular.columns");
        }
        String iin = cells.get(0);
        String country = cells.get(3).toUpperCase(java.util.Locale.ROOT);
        LocalDate registered = day(cells.get(5));
        LocalDate deregistered = cells.get(7).isEmpty() ? null : day(cells.get(7));
        String refused = !Iin.isValid(iin) ? "iin"
                : cells.get(1).isEmpty() || cells.get(1).length() > 100 || !CleanText.isClean(cells.get(1)) ? "surname"
                : cells.get(2).length() > 100 || !CleanText.isClean(cells.get(2)) ? "given_name"
                : !country.matches("[A-Z]{3}") || AbroadRegister.HOME.equals(country) || !countryKnown.test(country) ? "country"
                : cells.get(4).isEmpty() || cells.get(4).length() > 100 || !CleanText.isClean(cells.get(4)) ? "city"
                : registered == null || !DateMeaning.EVENT.allows(registered, today) ? "registered_on"
                : !STATUSES.contains(cells.get(6).toUpperCase(java.util.Locale.ROOT)) ? "legal_status"
                : !cells.get(7).isEmpty() && (deregistered == null || deregistered.isBefore(registered)
                        || !DateMeaning.EVENT.allows(deregistered, today)) ? "deregistered_on" : null;
        if (refused != null) {
            return new RefusedLine(number, refused, "abroad.consular.invalid." + refused);
        }
        return new ConsularRegistration(iin, cells.get(1), cells.get(2).isEmpty() ? null : cells.get(2), country, cells.get(4),
                registered, LegalStatus.valueOf(cells.get(6).toUpperCase(java.util.Locale.ROOT)), deregistered);
    }

    /** A day typed 05.05.2026 or 2026-05-05; null when it is neither. */
    static LocalDate day(String typed) {
        try {
            return typed.contains(".") ? LocalDate.parse(typed, TYPED) : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
