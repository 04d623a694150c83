package kz.koshi.reporting.web;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The filters as a reader types them (a page's form or the API's query): the period (both days included; a stock is
 * counted on {@code to}), and optionally a region code, a citizenship (ISO alpha-3), a sex and an age group.
 */
public record FilterForm(
        @Parameter(description = "First day of the period (YYYY-MM-DD); default 1 January of this year in Astana") String from,
        @Parameter(description = "Last day of the period (YYYY-MM-DD), included; a stock is counted on it; default today") String to,
        @Parameter(description = "Region code (reference regions)") String region,
        @Parameter(description = "Citizenship, ISO 3166 alpha-3") String citizenship,
        @Parameter(description = "MALE or FEMALE") String sex,
        @Parameter(description = "UNDER_18, FROM_18_TO_29, FROM_30_TO_44, FROM_45_TO_59 or FROM_60") String ageGroup) {

    /** This form showing the period counted (an empty period is this year up to today), for the form's date fields. */
    FilterForm showing(kz.koshi.reporting.ReportFilter counted) {
        return new FilterForm(counted.from().toString(), counted.to().toString(), region, citizenship, sex, ageGroup);
    }
}
