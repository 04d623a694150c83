package kz.koshi.reporting;

import java.time.LocalDate;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * The filters every dashboard, report and API call takes: the period (both days included; a stock is counted on
 * {@code to}), and optionally one region, one citizenship (ISO alpha-3), one sex and one age group. A filter a figure
 * does not carry (a hotline call has no citizenship) is refused by {@link FigureQueries}, never silently ignored.
 */
public record ReportFilter(LocalDate from, LocalDate to, String regionCode, String citizenship, Sex sex, AgeGroup ageGroup) {

    public static ReportFilter period(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null, null);
    }
}
