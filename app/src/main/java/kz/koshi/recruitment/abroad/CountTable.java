package kz.koshi.recruitment.abroad;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Persons abroad in a period by country (most first; null: a country not known) and legal status, with totals. */
public record CountTable(Period period, List<Line> lines, Map<LegalStatus, Long> totals, long total) {

    public record Line(String countryCode, Map<LegalStatus, Long> persons, long total) {
    }

    static CountTable of(Period period, List<RegisterQueries.Count> counts) {
        Map<String, Map<LegalStatus, Long>> byCountry = new LinkedHashMap<>();
        Map<LegalStatus, Long> totals = zeros();
        for (RegisterQueries.Count c : counts) {
            byCountry.computeIfAbsent(c.countryCode() == null ? "-" : c.countryCode(), k -> zeros()).merge(c.status(), c.persons(), Long::sum);
            totals.merge(c.status(), c.persons(), Long::sum);
        }
        List<Line> lines = byCountry.entrySet().stream()
                .map(e -> new Line("-".equals(e.getKey()) ? null : e.getKey(), e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .sorted(Comparator.comparingLong(Line::total).reversed()).toList();
        return new CountTable(period, lines, totals, totals.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Map<LegalStatus, Long> zeros() {
        Map<LegalStatus, Long> zeros = new EnumMap<>(LegalStatus.class);
        for (LegalStatus s : LegalStatus.values()) {
            zeros.put(s, 0L);
        }
        return zeros;
    }
}
