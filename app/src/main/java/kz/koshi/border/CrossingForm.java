package kz.koshi.border;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.border.desk.TypedDates;
import kz.koshi.border.mrz.MrzData;

/**
 * The officer's crossing form: the travel document's fields (filled from a scanned MRZ), the crossing, and
 * at most one accompanying minor. {@code mrzRead} is the MRZ the fields were last read from, so a submit with an
 * MRZ not read yet is read first. The booth's checkpoint comes from the officer's shift and a live crossing's time
 * from the server's clock at submit; only a late record carries a typed time, read in Kazakhstan (the platform's
 * zone); a time with an offset or a Z is taken as written, as the API's. {@code kandasReference}: the kandas survey
 * reference a traveller gives (typed, or scanned from the family's printed QR code), optional.
 */
public record CrossingForm(String mrz, String direction, String checkpoint, String occurredAt, String documentType,
                           String documentNumber, String issuingCountry, String expiresOn, String surname, String givenNames,
                           String birthDate, String sex, String citizenship, String purpose, String minorSurname,
                           String minorGivenNames, String minorBirthDate, String minorCitizenship, String minorRelation, String mrzRead,
                           String kandasReference) {

    /** An empty form for a crossing in the given direction (the lane's); a late record's time is typed, never offered. */
    static CrossingForm forLane(String direction) {
        return new CrossingForm("", direction, "", "", "PASSPORT", "", "", "", "", "", "", "", "", "WORK",
                "", "", "", "", "PARENT", "", "");
    }

    /** The form with the document's fields taken from the MRZ, now read; the crossing's own fields are kept. */
    CrossingForm with(MrzData d) {
        return new CrossingForm(mrz, direction, checkpoint, occurredAt, d.documentType().equals("OTHER") ? "TRAVEL_DOCUMENT"
                : d.documentType(), d.documentNumber(), d.issuingState(), d.expiryDate().toString(), d.surname(), d.givenNames(),
                d.birthDate().toString(), d.sex(), d.nationality(), purpose, minorSurname, minorGivenNames, minorBirthDate,
                minorCitizenship, minorRelation, mrz, kandasReference);
    }

    /** The form at the shift's checkpoint and the given time (a live crossing: the server's clock at submit). */
    CrossingForm at(String checkpointOfShift, String time) {
        return new CrossingForm(mrz, direction, checkpointOfShift, time, documentType, documentNumber, issuingCountry, expiresOn,
                surname, givenNames, birthDate, sex, citizenship, purpose, minorSurname, minorGivenNames, minorBirthDate,
                minorCitizenship, minorRelation, mrzRead, kandasReference);
    }

    /** An MRZ was scanned or pasted but the fields were not read from it (the reader's Enter came with the submit). */
    boolean mrzUnread() {
        return !blank(mrz) && !mrz.replaceAll("\\s", "").equals(mrzRead == null ? "" : mrzRead.replaceAll("\\s", ""));
    }

    /**
     * The API's request; a time without an offset is the wall-clock time in the given zone (Kazakhstan's). Days may be
     * typed 05.05.1985 as well as 1985-05-05; a day typed neither way is passed on as typed. The lane is the shift's.
     */
    CrossingRequest request(ZoneId zone, Integer lane) {
        List<CrossingRequest.Minor> minors = blank(minorSurname) ? List.of() : List.of(new CrossingRequest.Minor(minorSurname,
                minorGivenNames, iso(minorBirthDate), upper(minorCitizenship), null, minorRelation));
        String at = blank(occurredAt) ? occurredAt : instant(TypedDates.localTime(occurredAt), zone);
        return new CrossingRequest(direction, checkpoint, at, new CrossingRequest.Document(documentType, upper(documentNumber),
                upper(issuingCountry), iso(expiresOn)), surname, givenNames, iso(birthDate), sex, upper(citizenship), purpose, minors, lane,
                blank(kandasReference) ? null : kandasReference);
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
