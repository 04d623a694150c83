package kz.koshi.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.ReportFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of the reporting pages: a figure's table under a filter, an export, a drill-down from a cell. */
final class Links {

    private Links() {
    }

    static String panel(String panel, ReportFilter filter) {
        return query(UriComponentsBuilder.fromPath("/reports/" + panel), filter);
    }

    static String figure(Figure figure, Dimension by, ReportFilter filter) {
        return query(UriComponentsBuilder.fromPath("/reports/figures/" + figure.name()).queryParam("by", by.name()), filter);
    }

    static String export(Figure figure, Dimension by, ReportFilter filter, TableFormat format) {
        return query(UriComponentsBuilder.fromPath("/reports/figures/" + figure.name() + "/export")
                .queryParam("by", by.name()).queryParam("format", format.extension()), filter);
    }

    /** The filter narrowed to one cell of {@code by}, or null when a cell of {@code by} cannot narrow a filter. */
    static ReportFilter narrowed(ReportFilter filter, Dimension by, String key) {
        return switch (by) {
            case MONTH -> month(filter, key);
            case REGION -> new ReportFilter(filter.from(), filter.to(), key, filter.citizenship(), filter.sex(), filter.ageGroup());
            case CITIZENSHIP -> new ReportFilter(filter.from(), filter.to(), filter.regionCode(), key, filter.sex(), filter.ageGroup());
            case SEX -> new ReportFilter(filter.from(), filter.to(), filter.regionCode(), filter.citizenship(),
                    kz.koshi.shared.Sex.valueOf(key), filter.ageGroup());
            case AGE_GROUP -> new ReportFilter(filter.from(), filter.to(), filter.regionCode(), filter.citizenship(), filter.sex(),
                    kz.koshi.shared.AgeGroup.valueOf(key));
            default -> null;
        };
    }

    private static ReportFilter month(ReportFilter filter, String key) {
        try {
            YearMonth month = YearMonth.parse(key);
            LocalDate from = month.atDay(1).isBefore(filter.from()) ? filter.from() : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(filter.to()) ? filter.to() : month.atEndOfMonth();
            return new ReportFilter(from, to, filter.regionCode(), filter.citizenship(), filter.sex(), filter.ageGroup());
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    private static String query(UriComponentsBuilder uri, ReportFilter filter) {
        uri.queryParam("from", filter.from()).queryParam("to", filter.to());
        CarriedFilters.set(filter).forEach((name, value) -> uri.queryParam(CarriedFilters.FIELDS.get(name), value));
        return uri.encode().build().toUriString();
    }
}
