package kz.koshi.reporting.naming;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;
import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.readmodel.Cells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a cell's key in the reader's language, for the dashboards, their exports and the annual report alike: a month
 * by its name, a region or a country or a centre by the reference data, an article as "art. 128", a sex, an age group,
 * a purpose or a kind by the bundles (see {@link CodeLabels}). A key nothing names is shown as it is rather than hidden.
 */
@Component
public class CellNames {

    private final MessageSource messages;
    private final ReferenceData reference;
    /** Regions change only with a migration, so they are read once. */
    private volatile Map<String, Region> regions;

    CellNames(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    /** {@code figure} may be null (a filter's value): then only the dimension's own names serve. */
    public String of(Figure figure, Dimension by, String key, Locale locale) {
        if (key == null || key.isBlank() || Cells.UNKNOWN.equals(key)) {
            return message("reporting.cell.unknown", Cells.UNKNOWN, locale);
        }
        return switch (by) {
            case TOTAL -> message("reporting.dimension.TOTAL", key, locale);
            case MONTH -> month(key, locale);
            case REGION -> region(key, locale);
            case CITIZENSHIP, COUNTRY -> reference.country(key).map(c -> c.name().in(locale)).orElse(key);
            case ARTICLE -> messages.getMessage("reporting.article", new Object[] {key}, locale);
            case CENTRE -> reference.agency(key).map(a -> a.name().in(locale)).orElse(key);
            default -> CodeLabels.keys(figure, by, key).stream().map(k -> messages.getMessage(k, null, null, locale))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(key);
        };
    }

    private static String month(String key, Locale locale) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(key));
        } catch (DateTimeParseException notAMonth) {
            return key;
        }
    }

    private String region(String code, Locale locale) {
        Map<String, Region> known = regions;
        if (known == null) {
            known = reference.allRegions().stream().collect(Collectors.toUnmodifiableMap(Region::code, r -> r));
            regions = known;
        }
        Region region = known.get(code);
        return region == null ? code : region.name().in(locale);
    }

    private String message(String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }
}
