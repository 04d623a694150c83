package kz.koshi.reporting.annual;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import org.springframework.stereotype.Component;

import static kz.koshi.reporting.Figure.*;

/**
 * Names a cell's key (a code, see {@link Dimension}) in the reader's language: a month by the calendar, a region or
 * country by reference data, a sex, age group, purpose, article or a figure's kind by the bundles. A kind is named by
 * {@code reporting.kind.<FIGURE>.<code>}, else by the source module's own name for it; a code with no name is shown
 * as it is rather than hidden.
 */
@Component
class ReportCellNames {

    private static final Map<Figure, List<String>> KIND_PREFIXES = Map.of(
            PERMITS, List.of("stay.permit.kind."), VIOLATIONS_FOUND, List.of("stay.violation."),
            HOTLINE_CALLS, List.of("hotline.class."), VICTIMS_SERVED, List.of("protection.exploitation."),
            VICTIMS_IDENTIFIED, List.of("protection.exploitation."), CASES_OPENED, List.of("protection.exploitation."));

    private final ReferenceData reference;
    /** Regions change only with a migration, so they are read once. */
    private volatile Map<String, Region> regions;

    ReportCellNames(ReferenceData reference) {
        this.reference = reference;
    }

    String name(Figure figure, Dimension by, String key, ReportWords words) {
        if (key == null || key.isBlank()) {
            return words.get("reporting.annual.unknown");
        }
        return switch (by) {
            case TOTAL -> words.get("reporting.annual.total");
            case MONTH -> month(key, words);
            case REGION -> region(key, words);
            case CITIZENSHIP, COUNTRY -> reference.country(key).map(c -> c.name().in(words.locale())).orElse(key);
            case SEX -> named(words, key, "reporting.sex.", "reporting.annual.sex.");
            case AGE_GROUP -> named(words, key, "age-group.");
            case PURPOSE -> named(words, key, "reporting.purpose.", "border.purpose.");
            case ARTICLE -> words.get("reporting.annual.article", key);
            case KIND -> named(words, key, kindPrefixes(figure));
            case EXPLOITATION -> named(words, key, "reporting.exploitation.", "protection.exploitation.");
            case PATHWAY -> named(words, key, "reporting.pathway.", "protection.pathway.");
            case CHANNEL -> named(words, key, "reporting.channel.", "hotline.channel.");
            case CENTRE -> reference.agency(key).map(a -> a.name().in(words.locale())).orElse(key);
        };
    }

    private static String[] kindPrefixes(Figure figure) {
        List<String> own = KIND_PREFIXES.getOrDefault(figure, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("reporting.kind." + figure.name() + ".", "reporting.kind."),
                own.stream()).toArray(String[]::new);
    }

    private static String named(ReportWords words, String code, String... prefixes) {
        for (String prefix : prefixes) {
            String name = words.optional(prefix + code);
            if (name != null) {
                return name;
            }
        }
        return code;
    }

    private static String month(String key, ReportWords words) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", words.locale()).format(YearMonth.parse(key));
        } catch (DateTimeParseException notAMonth) {
            return key;
        }
    }

    private String region(String code, ReportWords words) {
        Map<String, Region> known = regions;
        if (known == null) {
            known = reference.allRegions().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Region::code, r -> r));
            regions = known;
        }
        Region region = known.get(code);
        return region == null ? code : region.name().in(words.locale());
    }
}
