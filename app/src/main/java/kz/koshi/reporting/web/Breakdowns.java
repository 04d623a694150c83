package kz.koshi.reporting.web;

import java.util.List;
import java.util.Set;

import kz.koshi.reporting.Dimension;
import kz.koshi.reporting.Figure;

import static kz.koshi.reporting.Dimension.TOTAL;

/**
 * Which breakdown a chart shows first and where a cell leads: a flow by month, a stock (counted on one day) by where
 * it is; a month, region, citizenship, sex or age-group cell narrows the filter to itself and opens the next
 * breakdown the figure carries (month, then region, then citizenship, then sex, then age group, then its kinds).
 */
final class Breakdowns {

    private static final List<Dimension> FLOW_FIRST = named("MONTH", "REGION", "KIND", "ARTICLE", "CITIZENSHIP", "COUNTRY",
            "EXPLOITATION", "PATHWAY", "CHANNEL", "CENTRE", "SEX", "AGE_GROUP", "PURPOSE");
    private static final List<Dimension> STOCK_FIRST = named("COUNTRY", "CITIZENSHIP", "REGION", "CENTRE", "KIND", "EXPLOITATION",
            "SEX", "AGE_GROUP", "PURPOSE", "MONTH");
    private static final List<Dimension> DRILL_ORDER = named("REGION", "CITIZENSHIP", "SEX", "AGE_GROUP", "KIND", "EXPLOITATION",
            "PATHWAY", "CHANNEL", "CENTRE", "PURPOSE", "ARTICLE", "COUNTRY");

    private Breakdowns() {
    }

    /** The first of the preferred breakdowns the figure carries; else any it carries; else its total. */
    static Dimension first(Figure figure, Set<Dimension> carried) {
        return (figure.stock() ? STOCK_FIRST : FLOW_FIRST).stream().filter(carried::contains).findFirst()
                .orElse(choices(carried).stream().findFirst().orElse(TOTAL));
    }

    /** The dimensions of these names that there are, in this order (sources add dimensions as they land). */
    private static List<Dimension> named(String... names) {
        return java.util.Arrays.stream(names).flatMap(n -> java.util.Arrays.stream(Dimension.values()).filter(d -> d.name().equals(n)))
                .toList();
    }

    /** The dimensions a reader may choose, in the page's order (the total last). */
    static List<Dimension> choices(Set<Dimension> carried) {
        return java.util.Arrays.stream(Dimension.values()).filter(d -> d != TOTAL && carried.contains(d)).toList();
    }

    /** The breakdown after a cell of {@code from}, given the filters then set; TOTAL when there is none. */
    static Dimension next(Dimension from, Set<Dimension> carried, Set<Dimension> filtered) {
        return DRILL_ORDER.stream().filter(d -> d != from && carried.contains(d) && !filtered.contains(d)).findFirst().orElse(TOTAL);
    }
}
