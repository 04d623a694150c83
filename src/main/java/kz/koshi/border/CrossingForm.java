package kz.koshi.border;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.border.desk.TypedDates;
import kz.koshi.border.mrz.MrzData;

/**
 * The officer's crossing form: the travel document's fields (filled from a scanned MRZ), the crossing, and
 * at most one accompanying minor. The officer reads and types the time in Kazakhstan (the platform's zone); a time
 * with an offset or a Z is taken as written, as the API's.
 */
public record CrossingForm(String mrz, String direction, String checkpoint, String occurredAt, String documentType,
                           String documentNumber, String issuingCountry, String expiresOn, String surname, String givenNames,
                           String birthDate, String sex, String citizenship, String purpose, String minorSurname,
                           String minorGivenNames, String minorBirthDate, String minorCitizenship, String minorRelation) {

    static CrossingForm blank(LocalDateTime now) {
        return new CrossingForm("", "ENTRY", "", now.truncatedTo(ChronoUnit.MINUTES).toString(), "PASSPORT", "", "", "", "", "", "", "", "", "WORK",
                "", "", "", "", "PARENT");
    }

    /** The form with the document's fields taken from the MRZ; the crossing's own fields are kept. */
    CrossingForm with(MrzData d) {
        return new CrossingForm(mrz, direction, checkpoint, occurredAt, d.documentType().equals("OTHER") ? "TRAVEL_DOCUMENT"
                : d.documentType(), d.documentNumber(), d.issuingState(), d.expiryDate().toString(), d.surname(), d.givenNames(),
                d.birthDate().toString(), d.sex(), d.nationality(), purpose, minorSurname, minorGivenNames, minorBirthDate,
                minorCitizenship, minorRelation);
    }

    /**
     * The API's request; a time without an offset is the wall-clock time in the given zone (Kazakhstan's). Days may be
     * typed 05.05.1985 as well as 1985-05-05; a day typed neither way is passed on as typed.
     */
    CrossingRequest request(ZoneId zone) {
        List<CrossingRequest.Minor> minors = blank(minorSurname) ? List.of() : List.of(new CrossingRequest.Minor(minorSurname,
                minorGivenNames, iso(minorBirthDate), upper(minorCitizenship), null, minorRelation));
        String at = blank(occurredAt) ? occurredAt : instant(TypedDates.localTime(occurredAt), zone);
        return new CrossingRequest(direction, checkpoint, at, new CrossingRequest.Document(documentType, upper(documentNumber),
                upper(issuingCountry), iso(expiresOn)), surname, givenNames, iso(birthDate), sex, upper(citizenship), purpose, minors);
    }

    /** The form's day fields typed in neither way of writing a day. */
    List<String> unreadableDays() {
        Map<String, String> days = new LinkedHashMap<>();
        days.put("birthDate", birthDate);
        days.put("expiresOn", expiresOn);
        days.put("minorBirthDate", minorBirthDate);
        return days.entrySet().stream().filter(d -> d.getValue() != null && TypedDates.day(d.getValue()) == null).map(Map.Entry::getKey).toList();
    }

    private static String iso(String day) {
        String read = TypedDates.day(day);
        return read == null ? day : read;
    }

    /** Maps an API field path to the form's field. */
    static String field(String path) {
        return switch (path) {
            case "document.number" -> "documentNumber";
            case "document.issuingCountry" -> "issuingCountry";
            case "document.expiresOn" -> "expiresOn";
            case "document.type" -> "documentType";
            default -> path.startsWith("accompanyingMinors") ? "minor" + capitalised(path.substring(path.indexOf('.') + 1)) : path;
        };
    }

    private static String capitalised(String s) {
        String name = s.equals("relation") || s.equals("surname") || s.equals("birthDate") || s.equals("citizenship")
                || s.equals("givenNames") ? s : "surname";
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A local time ("2026-11-21T10:00", seconds optional) in the zone, as an instant; anything else as typed. */
    private static String instant(String typed, ZoneId zone) {
        try {
            return LocalDateTime.parse(typed).atZone(zone).toInstant().toString();
        } catch (DateTimeParseException notLocal) {
            return typed;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
