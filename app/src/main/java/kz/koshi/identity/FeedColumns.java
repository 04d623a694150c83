package kz.koshi.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kz.koshi.identity.engine.PartialDate;

/** Maps a feed file's header to record fields; other columns are ignored and named in the report. */
final class FeedColumns {

    static final List<String> KNOWN = List.of("record_id", "source", "surname", "given_name", "patronymic", "birth_date",
            "sex", "citizenship", "document_number", "national_id", "address", "phone");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    record Row(IncomingRecord record, boolean malformedDate) {
    }

    private final Map<String, Integer> positions;
    private final List<String> unknown;

    private FeedColumns(Map<String, Integer> positions, List<String> unknown) {
        this.positions = positions;
        this.unknown = unknown;
    }

    static FeedColumns of(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            if (KNOWN.contains(name)) {
                positions.putIfAbsent(name, i);
            } else {
                unknown.add(name);
            }
        }
        return new FeedColumns(positions, List.copyOf(unknown));
    }

    List<String> unknown() {
        return unknown;
    }

    /**
     * A malformed birth date is counted and keeps only its valid leading part (1964-11-71 -> 1964-11,
     * 1967-13-10 -> 1967, 17/03/94 -> missing): the rest of the row, and the year, are still worth having.
     */
    Row parse(List<String> row, String defaultSource) {
        String birthDate = get(row, "birth_date");
        boolean malformed = birthDate != null && !(DATE.matcher(birthDate).matches() && IncomingRecord.isRealDate(birthDate));
        String source = get(row, "source");
        String citizenship = get(row, "citizenship");
        String sex = get(row, "sex");
        IncomingRecord record = new IncomingRecord(source == null ? defaultSource : source, get(row, "record_id"),
                get(row, "surname"), get(row, "given_name"), get(row, "patronymic"), malformed ? validLeadingPart(birthDate) : birthDate,
                sex == null ? null : sex.toUpperCase(Locale.ROOT), citizenship == null ? null : citizenship.toUpperCase(Locale.ROOT),
                get(row, "document_number"), get(row, "national_id"), get(row, "address"), get(row, "phone"));
        return new Row(record, malformed);
    }

    private static String validLeadingPart(String birthDate) {
        PartialDate kept = PartialDate.validLeadingPart(birthDate);
        return kept.isKnown() ? kept.toString() : null;
    }

    private String get(List<String> row, String column) {
        Integer at = positions.get(column);
        if (at == null || at >= row.size()) {
            return null;
        }
        String value = row.get(at).trim();
        return value.isEmpty() ? null : value;
    }
}
