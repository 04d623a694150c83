package kz.koshi.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import kz.koshi.reporting.ReportFilter;

/**
 * The optional filters a {@link ReportFilter} sets, by the names {@code FigureQueries.filters} uses (the record's
 * components) and by the name of the form's or the query's field.
 */
final class CarriedFilters {

    /** The record's component name to the form field's name. */
    static final Map<String, String> FIELDS = Map.of("regionCode", "region", "citizenship", "citizenship", "sex", "sex",
            "ageGroup", "ageGroup");

    private CarriedFilters() {
    }

    /** The components {@code filter} sets, in the form's order. */
    static Map<String, Object> set(ReportFilter filter) {
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "regionCode", filter.regionCode());
        put(set, "citizenship", filter.citizenship());
        put(set, "sex", filter.sex());
        put(set, "ageGroup", filter.ageGroup());
        return set;
    }

    /** The form fields of the filters {@code filter} sets that a figure carrying {@code carried} does not carry. */
    static Set<String> notCarried(ReportFilter filter, Set<String> carried) {
        return set(filter).keySet().stream().filter(name -> !carried.contains(name)).map(FIELDS::get)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static void put(Map<String, Object> set, String name, Object value) {
        if (value != null) {
            set.put(name, value);
        }
    }
}
